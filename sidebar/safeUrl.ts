/** Document links: a real link only for URLs that urlPolicy.ts accepts. */
import { el } from './dom';
import { isSafeDocumentUrl } from './urlPolicy';

/** A link that opens in a new tab when the URL is safe, otherwise the URL as text. */
export function documentLink(url: string, label: string, className = 'link'): HTMLElement {
  if (!isSafeDocumentUrl(url)) return el('span', { className: 'plain-url' }, url);
  const anchor = el('a', { className, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, label);
  return anchor;
}
