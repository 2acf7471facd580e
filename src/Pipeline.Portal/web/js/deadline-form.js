// The province's deadline form (PUT /api/provinces/{p}/deadlines/{term}): one date, saved for the whole term's annex or
// for one period of it (a year's results, the mid-term review). Shared by the review and the period panels.
import { h, uniqueId } from './dom.js';
import { date } from './format.js';

/**
 * <current> the deadline set ("2027-06-30") or null; <period> "2026", "mid-term", or null for the term's annex; <label> and
 * <hint> what the field says; <saved>(value) the sentence said once saved. <onChanged>(message) reloads the dashboard.
 * Returns the form.
 */
export function deadlineForm({ api, province, term, period, current, label, hint, saved, name, onChanged }) {
  const dateId = uniqueId(`${name}`);
  const hintId = uniqueId(`${name}-hint`);
  const input = h('input', { id: dateId, type: 'date', name, value: current ?? '', required: true, 'aria-describedby': hintId });
  const live = h('p', { class: `${name}-status`, role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const save = h('button', { type: 'submit', class: 'secondary' }, current ? 'Đổi hạn nộp' : 'Đặt hạn nộp');
  return h('form', {
    class: 'deadline-form',
    onsubmit: async (event) => {
      event.preventDefault();
      if (!input.value) {
        live.textContent = 'Hãy chọn ngày hạn nộp.';
        input.focus();
        return;
      }
      save.disabled = true;
      try {
        await api.putJson(`/api/provinces/${encodeURIComponent(province)}/deadlines/${encodeURIComponent(term)}`,
          period ? { deadline: input.value, period } : { deadline: input.value });
        await onChanged(saved(date(input.value)));
      } catch (error) {
        live.textContent = error.message;
        live.focus();
      } finally {
        save.disabled = false;
      }
    },
  },
  h('div', { class: 'field-row' },
    h('div', { class: 'field' }, h('label', { for: dateId }, label), h('p', { id: hintId, class: 'muted small' }, hint), input),
    h('div', { class: 'field field-action' }, save)),
  live);
}
