/** A domain name, `localhost` or an IPv4 address (a router page, a test server). */
export const HOST_PATTERN = /^(?:[a-z0-9-]+\.)+[a-z]{2,63}$|^localhost$|^(?:\d{1,3}\.){3}\d{1,3}$/;
