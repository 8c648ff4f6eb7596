/**
 * The page's one inline script: it marks the page as scripted before the first paint, so JS-only
 * controls and their no-JS fallbacks never swap places on screen. A file would cost a blocking
 * request; inline, the Content-Security-Policy allows it by its hash (astro.config.mjs), which
 * Astro computes only for the scripts it bundles, not for `is:inline` ones.
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js');";
