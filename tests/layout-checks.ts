import type { Page } from '@playwright/test';

/**
 * What is wrong with the layout of the page as it is now, one line per problem:
 *
 * - "page wider": the document scrolls sideways (documentElement.scrollWidth > viewport width).
 * - "overflow": a box whose content is wider than the box. The boxes checked are table cells
 *   (td, th), cards (.card) and every element inside a card or cell that holds text of its own,
 *   when rendered (clientWidth > 0), not inline, and not a scroll container (overflow-x other
 *   than auto or scroll; a scroll container is meant to be narrower than its content). A box
 *   overflows when its scrollWidth exceeds its clientWidth by more than 1 px (sub-pixel rounding),
 *   unless it deliberately cuts its text short: overflow hidden, text-overflow ellipsis, and the
 *   whole text in its title (a collapsed column, read in full on hover).
 * - "broken figure": a number in a card's <strong> (a KPI figure) or a numeric cell (td.number)
 *   laid out over more than one line, e.g. "¥8,380,25" / "0.85".
 */
export async function layoutProblems(page: Page): Promise<string[]> {
	const viewport = page.viewportSize();
	const problems = await page.evaluate(() => {
		const found: string[] = [];
		const name = (element: Element) =>
			[
				element.tagName.toLowerCase(),
				...[...element.classList].filter((item) => !item.startsWith('svelte-'))
			].join('.');
		const snippet = (element: Element) =>
			(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
		const ownText = (element: Element) =>
			[...element.childNodes].some(
				(node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''
			);

		const boxes = new Set<Element>(document.querySelectorAll('td, th, .card'));
		for (const element of document.querySelectorAll('.card *, td *, th *'))
			if (ownText(element)) boxes.add(element);
		for (const box of boxes) {
			if (!(box instanceof HTMLElement) || box.clientWidth === 0) continue;
			if (box.closest('.visually-hidden')) continue;
			const style = getComputedStyle(box);
			if (style.display === 'inline' || style.display === 'contents') continue;
			if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
			const shortened =
				style.overflowX === 'hidden' &&
				style.textOverflow === 'ellipsis' &&
				box.title.trim() === (box.textContent ?? '').trim();
			if (shortened) continue;
			if (box.scrollWidth > box.clientWidth + 1)
				found.push(
					`overflow: ${name(box)} "${snippet(box)}" ${box.scrollWidth} > ${box.clientWidth} px`
				);
		}

		const figure = /[-−+]?[¥$€£]?\s?\d[\d,.\u00a0\u202f]*\d|\d/g;
		for (const holder of document.querySelectorAll('.card strong, td.number')) {
			if (holder.getClientRects().length === 0) continue;
			const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const match of (node.textContent ?? '').matchAll(figure)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
					if (tops.size > 1) found.push(`broken figure: ${name(holder)} "${match[0]}"`);
				}
			}
		}
		return found;
	});
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	if (viewport && scrollWidth > viewport.width)
		problems.unshift(`page wider: ${scrollWidth} > ${viewport.width} px`);
	return problems;
}
