// The commune clerk's page: pick the commune (own or a predecessor) and term, check or send an
// annex, follow its status, read the scored table, and see past uploads.
import { annexView } from './annex-table.js';
import { communePath } from './api.js';
import { h, replace, uniqueId } from './dom.js';
import { errorBox } from './error-box.js';
import { createFileDrop } from './file-drop.js';
import { communeSlug, dateTime, megabytes } from './format.js';
import { loadHistory } from './history-list.js';
import { periodText, termYears, terms } from './labels.js';
import { reportCheckSection } from './report-check.js';
import { reportPartsList } from './report-parts.js';
import { reviewBanner, rowRemarks } from './review-banner.js';
import { createUploadProgress } from './upload-progress.js';
import { createUploadStatus, FinalStatuses, isReport } from './upload-status.js';
import { uploadsTable } from './uploads-list.js';

const PollIntervalMs = 700;
const PollTimeoutMs = 180_000;
const HistorySize = 20;

/**
 * The communes the clerk reports for, each with the terms it existed for: a commune formed by a merger
 * from its first term (me.term) on, a predecessor up to its last (p.term; for its own officer,
 * me.lastTerm); an ordinary commune all.
 */
function communeChoices(me) {
  const inTime = [...terms].sort();
  const own = me.predecessors?.length && me.term ? inTime.filter((t) => t >= me.term)
    : me.lastTerm ? inTime.filter((t) => t <= me.lastTerm) : inTime;
  return [{ commune: me.commune, name: me.communeName, term: me.term, terms: own },
    ...(me.predecessors ?? []).map((p) => ({
      commune: p.commune, name: `${p.name} (xã cũ, trước sáp nhập)`, term: p.term, terms: inTime.filter((t) => !p.term || t <= p.term),
    }))];
}

/** The periods an upload may be sent for (the `period` field): none (the file's own), the whole term, each year after the first, the mid-term review. */
function periodOptions(term) {
  return [
    { value: '', label: 'Để hệ thống đọc từ tiêu đề biểu' },
    { value: 'term', label: periodText('term') },
    ...termYears(term).map((year) => ({ value: String(year), label: periodText(year) })),
    { value: 'mid-term', label: periodText('mid-term') },
  ];
}

function select(label, name, options, value, onChange) {
  const id = uniqueId(name);
  const control = h('select', { id, name, onchange: () => onChange(control.value) },
    options.map((option) => h('option', { value: option.value, selected: option.value === value }, option.label)));
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export function renderCommuneView(main, { api, me }) {
  const choices = communeChoices(me);
  // A merged commune's own annexes are for its first term, its predecessors' for their last: offer that term first.
  const choiceOf = (commune) => choices.find((choice) => choice.commune === commune) ?? choices[0];
  // The usual term when /api/me names one, else the first of labels.js terms the commune existed for.
  const termFor = (commune) => {
    const choice = choiceOf(commune);
    return choice.term ?? (choice.terms.includes(terms[0]) ? terms[0] : choice.terms.at(-1));
  };
  const state = { commune: choices[0].commune, term: termFor(choices[0].commune), period: '', file: null, busy: false };

  const progress = createUploadProgress();
  const status = createUploadStatus(async (upload, decision) => {
    const next = await api.post(`/api/annexes/${encodeURIComponent(upload.uploadId)}/${decision}`);
    await refresh();
    return next;
  });
  const fileDrop = createFileDrop((file) => { state.file = file; }, me.maxUploadBytes);
  const formError = h('p', { class: 'form-error', role: 'alert' });
  const checkResult = h('section', { class: 'check-result', 'aria-labelledby': 'check-heading', hidden: true });
  // A Word report's text against its tables, once the upload is read (outside the status's live region: it is long).
  const reportResult = h('section', { class: 'panel report-result', hidden: true });
  const resultBody = h('div', { class: 'result-body', tabindex: '-1' });
  const historyBody = h('div', { class: 'history-body' });
  const reviewHistoryBody = h('div', { class: 'review-history-body' });
  const mergedBody = h('div', { class: 'merged-body', tabindex: '-1' });
  const progressLinkBody = h('div', { class: 'progress-link-body' });

  const checkButton = h('button', { type: 'button', class: 'secondary', onclick: () => run('check') }, 'Kiểm tra trước (không lưu)');
  const sendButton = h('button', { type: 'submit', class: 'primary' }, 'Gửi biểu');

  const periodHintId = uniqueId('period-hint');
  const termOptions = (commune) => choiceOf(commune).terms.map((t) => h('option', { value: t, selected: t === state.term }, t));
  const communeName = () => choices.find((choice) => choice.commune === state.commune)?.name ?? state.commune;

  const form = h('form', { class: 'upload-form', onsubmit: (event) => { event.preventDefault(); run('upload'); } },
    h('div', { class: 'field-row' },
      select('Xã', 'commune', choices.map((c) => ({ value: c.commune, label: c.name })), state.commune, (value) => pick(value)),
      select('Nhiệm kỳ', 'term', choiceOf(state.commune).terms.map((t) => ({ value: t, label: t })), state.term, (value) => { state.term = value; showPeriods(); refresh({ loading: true }); }),
      select('Kỳ báo cáo', 'period', periodOptions(state.term), state.period, (value) => { state.period = value; })),
    h('p', { class: 'small muted field-hint', id: periodHintId }, 'Kỳ báo cáo: cả nhiệm kỳ (biểu chỉ tiêu, biểu cuối nhiệm kỳ), kết quả một năm, hoặc sơ kết giữa nhiệm kỳ. Để trống thì hệ thống đọc từ tiêu đề biểu; chọn mà tiêu đề ghi kỳ khác thì lần nộp chờ xác nhận.'),
    fileDrop.element,
    formError,
    h('div', { class: 'actions' }, checkButton, sendButton),
    progress.element,
    status.element);

  form.querySelector('select[name="period"]').setAttribute('aria-describedby', periodHintId);

  /**
   * Shows <commune> for <term> (its usual term when none): the pickers follow, and the result, the uploads and the
   * history are loaded again. <focus>: the keyboard goes to the result once drawn (a report's part viewed).
   */
  function pick(commune, term = termFor(commune), { focus = false } = {}) {
    state.commune = commune;
    state.term = term;
    form.querySelector('select[name="commune"]').value = commune;
    // Only the terms the commune existed for: a predecessor has none after its merger.
    const termSelect = form.querySelector('select[name="term"]');
    replace(termSelect, termOptions(commune));
    termSelect.value = state.term;
    showPeriods();
    return refresh({ loading: true, focus });
  }

  /** Whether the clerk's pickers offer <part>'s commune and term (the clerk speaks for it). */
  const canView = (part) => choices.some((choice) => choice.commune === part.commune && choice.terms.includes(part.term));
  const nameOf = (commune) => {
    if (commune === me.commune) return me.communeName ?? commune;
    return (me.predecessors ?? []).find((p) => p.commune === commune)?.name ?? communeSlug(commune);
  };
  const partsOf = (upload) => (upload.parts?.length
    ? reportPartsList(upload.parts, {
      getUpload: (uploadId) => api.get(`/api/annexes/${encodeURIComponent(uploadId)}`),
      nameOf,
      canView,
      onView: (part) => pick(part.commune, part.term, { focus: true }),
    })
    : null);

  replace(main,
    h('h1', { tabindex: '-1' }, 'Nộp biểu chỉ tiêu'),
    h('p', { class: 'lead' }, 'Gửi biểu kết quả thực hiện chỉ tiêu của xã: tệp Excel, hoặc báo cáo Word có biểu kèm theo. Hệ thống đọc, tính lại tỷ lệ từng chỉ tiêu và chỉ ra chỗ số liệu không khớp với đánh giá của xã, và chỗ lời báo cáo khác với biểu.'),
    h('section', { class: 'panel', 'aria-labelledby': 'upload-heading' }, h('h2', { id: 'upload-heading' }, 'Gửi biểu'), form),
    me.predecessors?.length
      ? h('section', { class: 'panel', 'aria-labelledby': 'merged-heading' }, h('h2', { id: 'merged-heading' }, 'Xã sau sáp nhập: các xã cũ đã nộp chưa?'), mergedBody)
      : null,
    reportResult,
    checkResult,
    h('section', { class: 'panel', 'aria-labelledby': 'result-heading' }, h('h2', { id: 'result-heading' }, 'Biểu đã chấm'), resultBody),
    h('section', { class: 'panel', 'aria-labelledby': 'progress-link-heading' }, h('h2', { id: 'progress-link-heading' }, 'Tiến độ thực hiện chỉ tiêu nhiệm kỳ'), progressLinkBody),
    h('section', { class: 'panel', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, 'Các lần nộp trước'), historyBody),
    h('section', { class: 'panel', 'aria-labelledby': 'review-history-heading' }, h('h2', { id: 'review-history-heading' }, 'Lịch sử nộp và duyệt'), reviewHistoryBody));

  /** The periods of the term now chosen; a year of another term is not kept. */
  function showPeriods() {
    const periodSelect = form.querySelector('select[name="period"]');
    const options = periodOptions(state.term);
    if (!options.some((option) => option.value === state.period)) state.period = '';
    replace(periodSelect, options.map((option) => h('option', { value: option.value, selected: option.value === state.period }, option.label)));
    periodSelect.value = state.period;
  }

  function setBusy(busy) {
    state.busy = busy;
    checkButton.disabled = busy;
    sendButton.disabled = busy;
  }

  function formData() {
    const data = new FormData();
    data.append('file', state.file, state.file.name);
    data.append('commune', state.commune);
    data.append('term', state.term);
    // Nothing chosen: the period is the file's own, read from its titles.
    if (state.period) data.append('period', state.period);
    return data;
  }

  function validate() {
    if (!state.file) return 'Hãy chọn tệp biểu hoặc báo cáo trước.';
    if (state.file.size > me.maxUploadBytes) return `Tệp lớn hơn ${megabytes(me.maxUploadBytes)} MB. Hãy xóa các trang tính không cần thiết (báo cáo Word: nén hoặc bớt hình ảnh) rồi chọn lại.`;
    return null;
  }

  async function run(mode) {
    if (state.busy) return;
    const problem = validate();
    formError.textContent = problem ?? '';
    if (problem) {
      fileDrop.focus();
      return;
    }
    setBusy(true);
    status.clear();
    checkResult.hidden = true;
    reportResult.hidden = true;
    progress.start();
    try {
      if (mode === 'check') await check();
      else await upload();
    } catch (error) {
      status.showError(error);
    } finally {
      progress.hide();
      setBusy(false);
    }
    // The outcome (scored, held, refused, or the check's failure) is where the keyboard goes next, not the page's top.
    if (mode === 'upload' || checkResult.hidden) status.focus();
  }

  async function check() {
    const report = await api.upload('/api/annexes/check', formData(), (fraction) => progress.set(fraction));
    checkResult.hidden = false;
    replace(checkResult,
      h('h2', { id: 'check-heading', tabindex: '-1' }, `Kết quả kiểm tra tệp “${state.file.name}”`),
      h('p', { class: 'notice' }, 'Đây chỉ là bản xem trước: tệp chưa được gửi và chưa lưu. Nếu đúng, bấm “Gửi biểu”.'),
      // Said first: a file whose titles name another commune or term would not replace the current annex without a confirmation.
      report?.titleWarnings?.length
        ? h('div', { class: 'upload-warnings title-warnings', role: 'alert' },
          h('strong', {}, report.wouldBeHeld ? 'Tiêu đề biểu không khớp — nếu gửi, lần nộp sẽ chờ xác nhận:' : 'Lưu ý về tiêu đề biểu:'),
          h('ul', {}, report.titleWarnings.map((text) => h('li', {}, text))))
        : null,
      // A Word report: where its annexes of other communes or terms would go, then its text against its tables.
      report?.parts?.length
        ? h('div', { class: 'report-parts-preview' },
          h('p', {}, 'Nếu gửi, các biểu kèm theo báo cáo sẽ được chuyển về đúng xã:'),
          h('ul', { class: 'report-parts' }, report.parts.map((part) => h('li', { class: 'report-part', dataset: { commune: part.commune, term: part.term } },
            `Biểu của xã ${part.name ?? nameOf(part.commune)}, nhiệm kỳ ${part.term}${part.sheets?.length ? ` (${part.sheets.join(', ')})` : ''}`))))
        : null,
      report?.report ? reportCheckSection(report.report, 3) : null,
      report?.error
        ? h('div', { class: 'error-box', role: 'alert' }, h('strong', {}, 'Hệ thống không đọc được tệp này: '), report.error.message)
        : (report?.annexes ?? []).map((annex) => annexView(annex)));
    checkResult.querySelector('h2').focus?.(); // on success; a failure moves it to the status in run()
  }

  async function upload() {
    const accepted = await api.upload('/api/annexes', formData(), (fraction) => progress.set(fraction));
    progress.hide();
    let record = { status: 'received', fileName: state.file.name };
    status.show(record);
    const deadline = Date.now() + PollTimeoutMs;
    while (!FinalStatuses.includes(record.status)) {
      if (Date.now() > deadline) throw new Error('Hệ thống xử lý lâu hơn bình thường. Hãy xem lại ở danh sách các lần nộp sau ít phút.');
      await new Promise((resolve) => setTimeout(resolve, PollIntervalMs));
      const next = await api.get(`/api/annexes/${encodeURIComponent(accepted.uploadId)}`);
      // A report's final status is said once the page knows whether it became the commune's current annex (below).
      if (next.status !== record.status && !(isReport(next) && FinalStatuses.includes(next.status))) status.show(next);
      record = next;
    }
    const currentUploadId = await refresh();
    if (isReport(record)) status.show(record, { parts: partsOf(record), current: currentUploadId === record.uploadId });
    showReport(record);
  }

  /** The "Báo cáo và biểu" section of an upload that came with a report's text (the API's `report`). */
  function showReport(upload) {
    reportResult.hidden = !upload.report;
    replace(reportResult, upload.report ? reportCheckSection(upload.report, 2) : null);
  }

  /**
   * The current annex for the commune and term; returns its upload id. <uploads> (newest first, or null
   * when the list failed) saves asking for what cannot exist: no scored upload for the term, no annex.
   */
  async function loadResult(uploads) {
    if (!resultBody.querySelector('.loading')) replace(resultBody, h('p', { class: 'loading muted' }, 'Đang tải…'));
    const nothingYet = () => replace(resultBody, h('p', { class: 'muted' }, `Xã ${communeName()} chưa có biểu nào được chấm cho nhiệm kỳ ${state.term}.`));
    if (uploads && uploads.length < HistorySize && !uploads.some((u) => u.term === state.term && u.status === 'scored')) {
      nothingYet();
      return null;
    }
    try {
      const path = `/api/communes/${communePath(state.commune)}`;
      const query = `?term=${encodeURIComponent(state.term)}`;
      const [current, review] = await Promise.all([api.get(`${path}/targets${query}`), api.get(`${path}/review${query}`).catch(() => null)]);
      const merged = current.annexes.some((annex) => annex.kind === 'targets-only') ? await newTermBaselines() : { byRow: new Map(), predecessors: [] };
      // The province's decision first: a returned annex's comments, a confirmed one's lock.
      replace(resultBody, h('p', {}, `Biểu hiện hành của xã ${communeName()}, nhiệm kỳ ${state.term}.`),
        review && review.uploadId === current.uploadId ? reviewBanner(review) : null,
        current.annexes.map((annex) => annexView(annex, merged.byRow, { remarks: review?.uploadId === current.uploadId ? rowRemarks(review) : new Map() }, merged.predecessors)));
      return current.uploadId;
    } catch (error) {
      if (error.status === 404) nothingYet();
      else replace(resultBody, errorBox(error, () => refresh({ loading: true, focus: true })));
      return null;
    }
  }

  /** For a commune formed by a merger, its new term's targets beside the predecessors' results, by row. */
  async function newTermBaselines() {
    const none = { byRow: new Map(), predecessors: [] };
    if (state.commune !== me.commune || !me.predecessors?.length) return none;
    try {
      const summary = await api.get(`/api/communes/${communePath(me.commune)}/summary`);
      return { byRow: new Map((summary.newTermTargets?.targets ?? []).map((target) => [target.row, target])), predecessors: summary.predecessors ?? [] };
    } catch {
      return none; // the plan still shows, without the baselines
    }
  }

  /** The way to the commune's yearly progress toward the chosen term's targets (the summary page's section). */
  function showProgressLink() {
    const href = `#/xa/${state.commune}?term=${encodeURIComponent(state.term)}`;
    replace(progressLinkBody,
      h('p', {}, 'Kết quả từng năm so với chỉ tiêu nhiệm kỳ: đã đi được bao nhiêu phần đường, so với mức cần đạt đến năm đó.'),
      h('p', {}, h('a', { href, class: 'progress-link' }, `Xem tiến độ thực hiện chỉ tiêu nhiệm kỳ ${state.term} của xã ${communeName()}`)));
  }

  async function loadMerged() {
    if (!me.predecessors?.length) return;
    try {
      const summary = await api.get(`/api/communes/${communePath(me.commune)}/summary`);
      replace(mergedBody,
        h('p', {}, h('a', { href: `#/xa/${me.commune}`, class: 'merger-link' }, `Xem tổng hợp xã ${me.communeName ?? ''}: các xã cũ và chỉ tiêu nhiệm kỳ mới`)),
        h('ul', { class: 'checklist' }, (summary.predecessors ?? []).map((p) => h('li', { class: p.missing ? 'missing' : 'submitted' },
          h('span', { 'aria-hidden': 'true' }, p.missing ? '○ ' : '✓ '),
          p.missing ? `${p.name}: chưa nộp biểu nhiệm kỳ ${summary.baselineTerm}` : `${p.name}: đã nộp, chấm lúc ${dateTime(p.scoredAt)}${p.review?.confirmed ? ', tỉnh đã xác nhận' : ''}`))),
        h('p', {}, summary.newTermTargets?.missing
          ? `Biểu chỉ tiêu nhiệm kỳ ${summary.newTerm} của xã: chưa nộp.`
          : `Biểu chỉ tiêu nhiệm kỳ ${summary.newTerm} của xã: đã nộp.`));
    } catch (error) {
      replace(mergedBody, errorBox(error, async () => { await loadMerged(); mergedBody.focus(); }));
    }
  }

  async function loadUploads() {
    try {
      return { uploads: (await api.get(`/api/communes/${communePath(state.commune)}/uploads?max=${HistorySize}`)) ?? [] };
    } catch (error) {
      return { uploads: null, error };
    }
  }

  /** The commune's uploads, newest first; <currentUploadId> (the upload the scored annex comes from) is marked as the current one. */
  function showHistory(uploads, error, currentUploadId) {
    replace(historyBody, error ? errorBox(error, () => refresh({ loading: true, focus: true })) : uploadsTable(uploads, { currentUploadId, onDecide: decideFromHistory }));
  }

  async function decideFromHistory(upload, decision) {
    try {
      status.show(await api.post(`/api/annexes/${encodeURIComponent(upload.uploadId)}/${decision}`));
      await refresh();
    } catch (error) {
      status.showError(error);
    }
    status.focus(); // the line that held the buttons is drawn again: the outcome is where the keyboard goes
  }

  /**
   * Loads the result, the uploads, the history and the merged checklist again. <loading>: say so at once
   * (another commune or term: the old table must not stay in view); <focus>: move the keyboard to the
   * result once drawn ("Thử lại"). Returns the upload id of the current annex shown, or null.
   */
  async function refresh({ loading = false, focus = false } = {}) {
    showProgressLink();
    if (loading) {
      for (const body of [resultBody, historyBody, reviewHistoryBody]) replace(body, h('p', { class: 'loading muted' }, 'Đang tải…'));
    }
    const resultAndHistory = async () => {
      const { uploads, error } = await loadUploads();
      const currentUploadId = await loadResult(uploads);
      showHistory(uploads, error, currentUploadId);
      await loadHistory(reviewHistoryBody, api, state.commune, state.term, uploads ?? []);
      return currentUploadId;
    };
    const [currentUploadId] = await Promise.all([resultAndHistory(), loadMerged()]);
    if (focus) resultBody.focus();
    return currentUploadId;
  }

  refresh();
}
