// The title a printed summary carries in place of the page's controls: the commune, the term and
// the day it is printed. Hidden on screen (styles.css, @media print shows it). The date is set
// again just before printing, so a page left open overnight prints with the right day.
import { h } from './dom.js';
import { date } from './format.js';

function printedOn() {
  return `Ngày in: ${date(new Date())}`;
}

window.addEventListener('beforeprint', () => {
  for (const element of document.querySelectorAll('.print-date')) element.textContent = printedOn();
});

/** "Xã Bó Sinh · Nhiệm kỳ 2020-2025" above "Ngày in: 30/11/2026". */
export function printTitle(unit, termText) {
  return h('div', { class: 'print-title' },
    h('p', { class: 'print-unit' }, [unit, termText].filter(Boolean).join(' · ')),
    h('p', { class: 'print-date' }, printedOn()));
}
