/**
 * An accessible tab strip (WAI-ARIA tabs pattern): buttons with role="tab",
 * arrow keys/Home/End move between them, only the active one is in the tab order.
 */
import { el } from './dom';

export interface TabSpec {
  key: string;
  label: string;
  panel: HTMLElement;
  /** Shown instead of the label, which stays the tab's accessible name and tooltip (keeps the strip within 300 px). */
  icon?: string;
  /** Called each time the tab is shown (a view that loads on first use). */
  onShow?: () => void;
}

export interface Tabs {
  list: HTMLElement;
  panels: HTMLElement[];
  select(key: string, focusTab?: boolean): void;
}

export function createTabs(label: string, specs: TabSpec[]): Tabs {
  const buttons = specs.map((spec) =>
    el(
      'button',
      {
        id: `tab-${spec.key}`,
        className: 'tab',
        attrs: { type: 'button', role: 'tab', 'aria-controls': `panel-${spec.key}`, 'data-tab': spec.key, title: spec.icon ? spec.label : null },
      },
      ...(spec.icon
        ? [el('span', { className: 'tab-icon', attrs: { 'aria-hidden': 'true' } }, spec.icon), el('span', { className: 'visually-hidden' }, spec.label)]
        : [spec.label]),
    ),
  );
  const panels = specs.map((spec) => {
    spec.panel.id = `panel-${spec.key}`;
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', `tab-${spec.key}`);
    spec.panel.setAttribute('tabindex', '-1');
    return spec.panel;
  });
  const list = el('div', { className: 'tabs', attrs: { role: 'tablist', 'aria-label': label } }, ...buttons);

  function select(key: string, focusTab = false): void {
    specs.forEach((spec, i) => {
      const active = spec.key === key;
      buttons[i].setAttribute('aria-selected', String(active));
      buttons[i].tabIndex = active ? 0 : -1;
      panels[i].hidden = !active;
      if (active && focusTab) buttons[i].focus();
      if (active) spec.onShow?.();
    });
  }

  buttons.forEach((button, i) => {
    button.addEventListener('click', () => select(specs[i].key));
    button.addEventListener('keydown', (event) => {
      const last = specs.length - 1;
      const target =
        event.key === 'ArrowRight' ? (i === last ? 0 : i + 1)
        : event.key === 'ArrowLeft' ? (i === 0 ? last : i - 1)
        : event.key === 'Home' ? 0
        : event.key === 'End' ? last
        : -1;
      if (target < 0) return;
      event.preventDefault();
      select(specs[target].key, true);
    });
  });

  select(specs[0].key);
  return { list, panels, select };
}
