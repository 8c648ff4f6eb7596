/**
 * Instant filtering of a timeline page by actor, type and kind: hides the events that do not match,
 * then the years and decades left empty, and keeps the choice in the address so it can be shared.
 */
const form = document.querySelector<HTMLFormElement>('form[data-filter]');
const status = form?.querySelector<HTMLElement>('[data-filter-status]');

if (form && status) {
  const items = [...document.querySelectorAll<HTMLElement>('li.event')];
  const selects = [...form.querySelectorAll('select')];

  const apply = (): void => {
    const chosen = selects.filter((select) => select.value !== '');
    let shown = 0;
    for (const item of items) {
      const matches = chosen.every(({ name, value }) =>
        name === 'actor' ? (item.dataset.actors ?? '').split(' ').includes(value) : item.dataset[name] === value,
      );
      item.hidden = !matches;
      if (matches) shown += 1;
    }
    for (const section of document.querySelectorAll<HTMLElement>('section.year, section.decade')) {
      section.hidden = section.querySelector('li.event:not([hidden])') === null;
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.year-index a')) {
      const target = document.getElementById(link.hash.slice(1))?.closest('section');
      link.parentElement?.toggleAttribute('hidden', Boolean(target?.hidden));
    }
    status.textContent = chosen.length === 0 ? `${items.length} events` : `${shown} of ${items.length} events`;
    const query = new URLSearchParams(chosen.map(({ name, value }) => [name, value])).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  form.addEventListener('change', apply);
  // A reset event fires before the form's values change back.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  if (params.size > 0) apply();
}

// A module, so its top-level names do not collide with the DOM globals (`status`) or each other.
export {};
