// The province's communes for one term: sortable by any column, filterable by name and state.
import { h, replace, uniqueId } from './dom.js';
import { number, percent, searchKey } from './format.js';
import { reviewText } from './labels.js';
import { reviewBadge } from './review-badge.js';

/** A commune whose current annex holds results; a targets-only annex (a new term's plan) has nothing to count yet. */
export function hasResults(commune) {
  return commune.status === 'scored' && commune.annexKind !== 'targets-only';
}

function statusText(commune) {
  if (commune.status !== 'scored') return 'Chưa nộp';
  return hasResults(commune) ? 'Đã chấm' : 'Đã nộp chỉ tiêu (chưa có kết quả)';
}

const counted = (value) => (c) => (hasResults(c) ? value(c) ?? null : null);

const BaseColumns = [
  { key: 'name', label: 'Xã', value: (c) => c.name ?? c.commune, text: true },
  { key: 'status', label: 'Tình trạng', value: statusText, text: true },
  // The province's review of the commune's current annex, and whether it came in by the deadline.
  { key: 'review', label: 'Duyệt', value: (c) => reviewText(c.review), text: true },
  // A commune without an annex has no count, not zero targets.
  { key: 'targets', label: 'Số chỉ tiêu', value: (c) => (c.status === 'scored' ? c.targets ?? null : null) },
  { key: 'exceeded', label: 'Vượt', value: counted((c) => c.counts?.computed?.exceeded) },
  { key: 'met', label: 'Đạt', value: counted((c) => c.counts?.computed?.met) },
  { key: 'notMet', label: 'Không đạt', value: counted((c) => c.counts?.computed?.notMet) },
  // Qualitative targets are never scored, so they sit beside the counts rather than in them.
  { key: 'qualitative', label: 'Định tính (không chấm)', value: counted((c) => c.counts?.qualitative?.total ?? 0) },
  { key: 'rate', label: 'Tỷ lệ đạt (%)', value: counted((c) => c.achievementRate ?? c.counts?.achievementRate) },
  // Errors only, as the clerk's fix-list counts them apart from warnings: the API's `errorCount` (its `errors` lists the first few).
  { key: 'errors', label: 'Số lỗi', value: (c) => (c.status === 'scored' ? errorCount(c) : null) },
  // The places a report's text disagrees with the commune's annex: the Word report its current annex came in, or a PDF
  // report checked against it (the API's reportUploadId); reportOfEarlierAnnex when the PDF checked an annex since replaced.
  { key: 'reportFindings', label: 'Báo cáo ≠ biểu', value: (c) => c.reportFindings ?? null },
  { key: 'mergedInto', label: 'Sáp nhập vào', value: (c, names) => (c.mergedInto ? names.get(c.mergedInto) ?? c.mergedInto : ''), text: true },
];

/** Why a report's count is marked "(biểu trước)": the PDF report was checked against an annex the commune has replaced since. */
const EarlierAnnexNote = 'Báo cáo được đối chiếu với biểu trước đây của xã; xã đã nộp biểu mới sau đó. Gửi lại báo cáo để đối chiếu với biểu hiện hành.';

// Progress toward the term's targets (a term with yearly results): each commune's indicators counted by their
// assessment in the latest year each was reported (the summary's `progress`); no count without yearly results.
const ProgressColumns = [
  { key: 'reached', label: 'Tiến độ: đã đạt', short: 'Đã đạt', value: (c) => c.progress?.reached ?? null, progress: true },
  { key: 'onTrack', label: 'Tiến độ: đúng tiến độ', short: 'Đúng tiến độ', value: (c) => c.progress?.onTrack ?? null, progress: true },
  { key: 'behind', label: 'Tiến độ: chậm', short: 'Chậm', value: (c) => c.progress?.behind ?? null, progress: true },
  { key: 'farBehind', label: 'Tiến độ: rất chậm', short: 'Rất chậm', value: (c) => c.progress?.farBehind ?? null, progress: true },
  { key: 'latestPeriod', label: 'Tiến độ: năm gần nhất', short: 'Năm gần nhất', value: (c) => c.progress?.latestPeriod ?? null, progress: true, year: true },
];

/** Whether any commune of the rollup has progress counts (yearly results for the term). */
export function hasProgress(rollup) {
  return (rollup.communes ?? []).some((c) => c.progress);
}

function columnsOf(rollup) {
  return hasProgress(rollup) ? [...BaseColumns, ...ProgressColumns] : BaseColumns;
}

/** A scored line's error findings, all of them (lines stored before `errorCount` existed list every error). */
function errorCount(line) {
  return line.errorCount ?? (line.errors ?? []).length;
}

const Filters = [
  { value: 'all', label: 'Tất cả các xã', test: () => true },
  { value: 'errors', label: 'Có lỗi', test: (c) => errorCount(c) > 0 },
  { value: 'missing', label: 'Chưa nộp biểu', test: (c) => c.status !== 'scored' },
  { value: 'scored', label: 'Đã chấm', test: hasResults },
  { value: 'plans', label: 'Đã nộp chỉ tiêu (chưa có kết quả)', test: (c) => c.status === 'scored' && !hasResults(c) },
  { value: 'awaiting', label: 'Chờ duyệt', test: (c) => c.review?.state === 'submitted' },
  { value: 'returned', label: 'Đã trả lại', test: (c) => c.review?.state === 'returned' },
  { value: 'confirmed', label: 'Đã xác nhận', test: (c) => c.review?.state === 'confirmed' },
  { value: 'late', label: 'Trễ hạn', test: (c) => c.review?.timeliness === 'late' },
];

const ProgressFilter = { value: 'slow', label: 'Có chỉ tiêu chậm tiến độ', test: (c) => (c.progress?.behind ?? 0) + (c.progress?.farBehind ?? 0) > 0 };

const collator = new Intl.Collator('vi');

/** The table as plain rows, for export (the filter and order currently shown). */
export function provinceExportTable(rollup, communes) {
  const names = communeNames(rollup);
  const Columns = columnsOf(rollup);
  return {
    name: `Tỉnh ${rollup.provinceName ?? rollup.province} ${rollup.term}`,
    unit: `Tỉnh ${rollup.provinceName ?? ''}`,
    term: rollup.term,
    columns: Columns.map((c) => c.label),
    rows: communes.map((commune) => Columns.map((c) => c.value(commune, names))),
  };
}

function communeNames(rollup) {
  const names = new Map((rollup.communes ?? []).map((c) => [c.commune, c.name]));
  for (const merger of rollup.mergers ?? []) names.set(merger.commune, merger.name);
  return names;
}

/** onOpen(commune) drills down; returns { element, shown() } where shown() lists the visible communes. */
export function createProvinceTable(rollup, onOpen) {
  const names = communeNames(rollup);
  const Columns = columnsOf(rollup);
  const filters = hasProgress(rollup) ? [...Filters, ProgressFilter] : Filters;
  const state = { sort: 'name', descending: false, filter: 'all', search: '' };
  const searchId = uniqueId('commune-search');
  const filterId = uniqueId('commune-filter');
  const sortId = uniqueId('commune-sort');
  const tbody = h('tbody');
  const headRow = h('tr');
  // Over the progress columns, what they count: they stand apart from the term's scoring before them.
  const groupRow = hasProgress(rollup)
    ? h('tr', { class: 'column-groups' },
      h('td', { colspan: String(BaseColumns.length) }),
      h('th', { scope: 'colgroup', colspan: String(ProgressColumns.length), class: 'progress-group' }, 'Tiến độ so với chỉ tiêu nhiệm kỳ (số chỉ tiêu, theo năm gần nhất)'))
    : null;
  const countText = h('p', { class: 'muted', 'aria-live': 'polite' });

  const search = h('input', { id: searchId, type: 'search', autocomplete: 'off', oninput: () => { state.search = search.value; render(); } });
  const filter = h('select', { id: filterId, onchange: () => { state.filter = filter.value; render(); } },
    filters.map((f) => h('option', { value: f.value }, f.label)));

  function shown() {
    const needle = searchKey(state.search);
    const test = filters.find((f) => f.value === state.filter).test;
    const column = Columns.find((c) => c.key === state.sort);
    return (rollup.communes ?? [])
      .filter((c) => test(c) && (!needle || searchKey(c.name).includes(needle)))
      .sort((a, b) => {
        const x = column.value(a, names);
        const y = column.value(b, names);
        // Empty cells (a commune without an annex) go last whichever way the column is sorted.
        if (x === null || x === '') return y === null || y === '' ? 0 : 1;
        if (y === null || y === '') return -1;
        const order = column.text ? collator.compare(String(x), String(y)) : x - y;
        return state.descending ? -order : order;
      });
  }

  function header(column) {
    const active = state.sort === column.key;
    const sortState = active ? (state.descending ? 'descending' : 'ascending') : 'none';
    return h('th', { scope: 'col', 'aria-sort': sortState, dataset: { key: column.key } },
      h('button', {
        type: 'button',
        class: 'sort',
        onclick: () => {
          state.descending = active ? !state.descending : false;
          state.sort = column.key;
          render();
          // The header was drawn again: keep the keyboard where it was.
          headRow.querySelector(`th[data-key="${column.key}"] button`)?.focus();
        },
      }, column.short ?? column.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (state.descending ? ' ▼' : ' ▲') : ' ↕'),
      h('span', { class: 'visually-hidden' }, active ? (state.descending ? ', đang xếp giảm dần' : ', đang xếp tăng dần') : ', bấm để sắp xếp')));
  }

  function row(commune) {
    const cells = Columns.map((column) => {
      const value = column.value(commune, names);
      let content;
      if (column.key === 'name') content = h('a', { href: `#/xa/${commune.commune}?term=${encodeURIComponent(rollup.term)}`, onclick: (event) => { event.preventDefault(); onOpen(commune.commune); } }, value);
      else if (column.key === 'review') content = reviewBadge(commune.review);
      else if (column.key === 'status') content = h('span', { class: `badge ${hasResults(commune) ? 'badge-ok' : commune.status === 'scored' ? 'badge-plan' : 'badge-missing'}` }, value);
      else if (column.key === 'rate') content = percent(value);
      else if (column.key === 'reportFindings' && commune.reportOfEarlierAnnex) {
        // Counted against an annex replaced since: shown, and said so, rather than read as the current annex's.
        content = h('span', { class: 'report-earlier', title: EarlierAnnexNote }, value ? h('span', { class: 'badge badge-error' }, number(value)) : number(value), ' (biểu trước)');
      } else if (column.key === 'errors' || column.key === 'reportFindings') content = value ? h('span', { class: 'badge badge-error' }, number(value)) : number(value);
      else if (column.year) content = value === null ? '—' : String(value); // a year, not a number with a thousands dot
      else if (column.text) content = value;
      else content = number(value);
      return h(column.key === 'name' ? 'th' : 'td', { scope: column.key === 'name' ? 'row' : null, dataset: { label: column.label }, class: column.text ? null : 'num' }, content);
    });
    return h('tr', { class: commune.status === 'scored' ? null : 'missing-row', dataset: { commune: commune.commune } }, cells);
  }

  // The same orders as the column headers, for phones, where the table shows as cards without its header.
  const sortSelect = h('select', {
    id: sortId,
    onchange: () => {
      const [key, direction] = sortSelect.value.split(':');
      state.sort = key;
      state.descending = direction === 'desc';
      render();
    },
  }, Columns.flatMap((column) => [
    h('option', { value: `${column.key}:asc` }, `${column.label} — ${column.text ? 'A → Z' : 'tăng dần'}`),
    h('option', { value: `${column.key}:desc` }, `${column.label} — ${column.text ? 'Z → A' : 'giảm dần'}`),
  ]));

  function render() {
    sortSelect.value = `${state.sort}:${state.descending ? 'desc' : 'asc'}`;
    replace(headRow, Columns.map(header));
    const communes = shown();
    replace(tbody, communes.length ? communes.map(row) : h('tr', {}, h('td', { colspan: String(Columns.length) }, 'Không có xã nào khớp bộ lọc.')));
    countText.textContent = `Đang hiện ${communes.length} trên ${(rollup.communes ?? []).length} xã.`;
  }

  render();
  const element = h('div', { class: 'province-table' },
    h('div', { class: 'field-row filters' },
      h('div', { class: 'field' }, h('label', { for: searchId }, 'Tìm theo tên xã'), search),
      h('div', { class: 'field' }, h('label', { for: filterId }, 'Hiển thị'), filter),
      h('div', { class: 'field' }, h('label', { for: sortId }, 'Sắp xếp theo'), sortSelect)),
    countText,
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Bảng các xã trong tỉnh', tabindex: '0' },
      h('table', { class: 'data responsive communes' },
        h('caption', { class: 'visually-hidden' }, `Các xã của tỉnh ${rollup.provinceName ?? ''}, nhiệm kỳ ${rollup.term}`),
        hasProgress(rollup) ? [h('colgroup', { span: String(BaseColumns.length) }), h('colgroup', { span: String(ProgressColumns.length), class: 'progress-cols' })] : null,
        h('thead', {}, groupRow, headRow), tbody)));
  return { element, shown };
}
