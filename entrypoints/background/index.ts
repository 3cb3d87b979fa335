import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wiring only; see lib/background/
});
