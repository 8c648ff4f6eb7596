/** The site's name, in its titles, feed and exports. A module of its own: the build's exports (src/integrations/site-exports.ts) read it outside the pages. */
export const SITE_NAME = 'Entente';
