/**
 * The search page: Pagefind's static index, loaded only when a reader searches, with a filter by
 * event type. Pagefind's own UI weighs more than this site's whole JavaScript budget; its search
 * API needs a few lines.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  mergeIndex: (indexPath: string, options: { baseUrl: string }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

if (form && status && list) {
  const base = form.dataset.base ?? '/';
  const query = form.elements.namedItem('q') as HTMLInputElement;
  const type = form.elements.namedItem('type') as HTMLSelectElement;
  let loading: Promise<Pagefind> | undefined;

  const load = (): Promise<Pagefind> => {
    loading ??= (async () => {
      // A URL that exists only in the built site, so Vite is told not to resolve it. A plain
      // `import()` is allowed by the Content-Security-Policy's `script-src 'self'`; building the
      // loader with `new Function` would need 'unsafe-eval'.
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      // A large site's index is written in parts (src/integrations/search-index.ts), all searched at
      // once. The list is asked for afresh, as Pagefind asks for its own entry file: a list cached
      // from an earlier deploy would name parts that are gone.
      const listed = await fetch(`${base}pagefind/entente-parts.json`, { cache: 'no-cache' });
      if (!listed.ok) throw new Error(`the list of the search index's parts answered ${listed.status}`);
      const parts = (await listed.json()) as string[];
      await Promise.all(parts.map((part) => pagefind.mergeIndex(`${base}pagefind/${part}`, { baseUrl: base })));
      for (const [value, count] of Object.entries((await pagefind.filters()).type ?? {})) {
        type.add(new Option(`${value} (${count})`, value));
      }
      return pagefind;
    })();
    // A search after a failure loads again.
    loading.catch(() => (loading = undefined));
    return loading;
  };

  const show = async (): Promise<void> => {
    const words = query.value.trim();
    const params = new URLSearchParams({ q: words, ...(type.value ? { type: type.value } : {}) });
    history.replaceState(history.state, '', `?${params}`);
    if (words === '') {
      status.textContent = 'Type a word to search.';
      list.replaceChildren();
      return;
    }
    status.textContent = 'Searching…';
    let pagefind: Pagefind;
    try {
      pagefind = await load();
    } catch (error) {
      status.textContent = `Search could not be loaded (${error instanceof Error ? error.message : String(error)}); search again to retry.`;
      return;
    }
    const { results } = await pagefind.search(words, { filters: type.value ? { type: type.value } : {} });
    const pages = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: page.url, textContent: page.meta.title ?? page.url });
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is the page's own text with matches wrapped in <mark>; Pagefind escapes
        // that text before adding the marks, so the markup is Pagefind's, never an article's.
        excerpt.innerHTML = page.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${words}”.`;
  };

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show();
  });
  type.addEventListener('change', () => void show());
  // A failure to load is told by the search that follows.
  query.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  if (query.value) {
    void load()
      .then(
        () => (type.value = params.get('type') ?? ''),
        () => undefined,
      )
      .then(show);
  }
}

// A module, so its top-level names do not collide with the DOM globals (`status`) or each other.
export {};
