import { defineMiddleware } from 'astro:middleware';
import { escapeHtml } from './lib/export/_lib/escape-html.ts';
import { contentError } from './loaders/content-error.ts';

/**
 * In `astro dev`, while the content has an error, every page says what is wrong (each problem at
 * its file:line:col) instead of showing the last good content, until a change fixes it. A plain
 * response rather than a thrown error, so that Astro does not log the error again on every request.
 * A build never gets here with an error: it stops first.
 */
export const onRequest = defineMiddleware((_context, next) => {
  const error = contentError();
  if (error === undefined) return next();
  // Vite's client reloads the page when the content is read again (Astro sends a full reload).
  const page = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Content error · Entente</title>
<script type="module" src="${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}@vite/client"></script>
<h1>The content has an error</h1>
<p>Fix it in the file named below; this page reloads when the content is read again.</p>
<pre id="content-error">${escapeHtml(error.message)}</pre>
</html>
`;
  return new Response(page, { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
});
