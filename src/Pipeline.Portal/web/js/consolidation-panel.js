// Starts a consolidation of the province (POST /api/consolidations) and follows the run to its end.
import { h, replace } from './dom.js';
import { dateTime } from './format.js';
import { runStatusLabel, runTriggerLabel } from './labels.js';

const PollIntervalMs = 1000;
const PollTimeoutMs = 300_000;

/**
 * "đã cập nhật tổng hợp 1 xã sau sáp nhập và 2 nhiệm kỳ của tỉnh" for a run's `recomputed`, whose
 * entries end "(xã sau sáp nhập)" or "(toàn tỉnh)" (ConsolidatedSummaries).
 */
function recomputedText(recomputed) {
  const merged = recomputed.filter((entry) => entry.endsWith('(xã sau sáp nhập)')).length;
  const province = recomputed.filter((entry) => entry.endsWith('(toàn tỉnh)')).length;
  const parts = [merged ? `${merged} xã sau sáp nhập` : null, province ? `${province} nhiệm kỳ của tỉnh` : null].filter(Boolean);
  return parts.length ? `đã cập nhật tổng hợp ${parts.join(' và ')}` : `đã cập nhật ${recomputed.length} bảng tổng hợp`;
}

function runText(run) {
  const parts = [`${runStatusLabel[run.status] ?? run.status}`, `bắt đầu ${dateTime(run.startedAt)}`];
  if (run.trigger) parts.push(runTriggerLabel[run.trigger] ?? run.trigger);
  if (run.finishedAt) parts.push(`xong ${dateTime(run.finishedAt)}`);
  if (run.recomputed?.length) parts.push(recomputedText(run.recomputed));
  return parts.join(' · ');
}

/** onFinished() is called after a run the officer started ends, to reload what it changed. */
export function createConsolidationPanel(api, onFinished) {
  // tabindex -1: when the run ends the keyboard goes to its outcome (the page below it is drawn again).
  const live = h('div', { class: 'run-status', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const recent = h('ul', { class: 'runs' });
  const button = h('button', { type: 'button', class: 'primary', onclick: start }, 'Tổng hợp lại ngay');

  async function loadRecent() {
    try {
      const runs = await api.get('/api/consolidations?max=5');
      replace(recent, (runs ?? []).map((run) => h('li', {}, runText(run))));
    } catch {
      replace(recent); // The list is a convenience; the run started here is shown either way.
    }
  }

  async function start() {
    button.disabled = true;
    replace(live, 'Đang gửi yêu cầu tổng hợp…');
    try {
      // 202 {runId, statusUrl, run}; a bare run is taken too, and a missing run read from its status route.
      const started = await api.post('/api/consolidations');
      let run = started?.run ?? started;
      if (!run?.status) run = await api.get(`/api/consolidations/${encodeURIComponent(started.runId)}`);
      const deadline = Date.now() + PollTimeoutMs;
      while (run.status === 'running' && Date.now() < deadline) {
        replace(live, `Đang tổng hợp… (${runText(run)})`);
        await new Promise((resolve) => setTimeout(resolve, PollIntervalMs));
        run = await api.get(`/api/consolidations/${encodeURIComponent(run.runId)}`);
      }
      replace(live,
        h('strong', {}, run.status === 'succeeded' ? 'Tổng hợp xong. ' : run.status === 'failed' ? 'Tổng hợp thất bại. ' : 'Vẫn đang tổng hợp. '),
        runText(run),
        run.errors?.length ? h('ul', { class: 'run-errors' }, run.errors.map((e) => h('li', {}, e))) : null);
      await loadRecent();
      if (run.status !== 'running') await onFinished();
    } catch (error) {
      replace(live, h('span', { class: 'error-text' }, error.message));
    } finally {
      button.disabled = false;
      live.focus();
    }
  }

  loadRecent();
  return h('section', { class: 'panel', 'aria-labelledby': 'consolidation-heading' },
    h('h2', { id: 'consolidation-heading' }, 'Tổng hợp xã sáp nhập'),
    h('p', { class: 'muted' }, 'Hệ thống tự tổng hợp mỗi đêm. Bấm nút để tổng hợp ngay sau khi các xã vừa nộp biểu.'),
    button, live,
    h('h3', {}, 'Các lần tổng hợp gần đây'), recent);
}
