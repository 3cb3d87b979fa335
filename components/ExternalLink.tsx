/**
 * A link out of the extension (an op-ed, a publisher's page): https only, shown as its host, opened
 * in a new tab only when clicked, with no opener or referrer handed to the site.
 */
export function ExternalLink({
  url,
  label,
  class: className,
}: {
  url: string;
  label?: string;
  class?: string;
}) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return (
    <a class={className} href={parsed.href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {parsed.host}
    </a>
  );
}
