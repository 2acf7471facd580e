// A consolidated sum or baseline that lacks a predecessor — its annex is missing, or its row holds
// no usable figure — is never shown as a whole: it says "chưa đủ" and names the communes it lacks
// (the API's `partial` and `lacks`, docs/consolidation.md). Pure, so Node can test it.

/** "chưa đủ — thiếu Pú Bẩu, Bó Sinh (cũ)" for a partial value; '' for a whole one. */
export function lacksText(value) {
  if (!value?.partial) return '';
  const names = (value.lacks ?? []).filter((name) => typeof name === 'string' && name.length > 0);
  return names.length > 0 ? `chưa đủ — thiếu ${names.join(', ')}` : 'chưa đủ — thiếu số liệu của xã tiền thân';
}

/** "Pú Bẩu không có chỉ tiêu này" for the predecessors whose annex has no row for the indicator; '' for none. */
export function absentText(names) {
  const named = (names ?? []).filter((name) => typeof name === 'string' && name.length > 0);
  return named.length ? `${named.join(', ')} không có chỉ tiêu này` : '';
}

/**
 * Whom a consolidated figure stands on, in words: "tổng của Chiềng En, Bó Sinh (cũ); Pú Bẩu không có
 * chỉ tiêu này" — <kind> 'sum' or 'range'; <usedIds> the predecessors (commune ids) whose figures it
 * holds (a baseline's `from`); <predecessors> every predecessor ({commune, name}); <value> the sum
 * or baseline, for its `partial`/`lacks` (left unsaid with <sayLacks> false, when said beside it). Every
 * predecessor counted is said shortly ("tổng các xã cũ"); one without an annex (`missing`) is not "without the indicator".
 */
export function coverageText(kind, usedIds, predecessors, value, { sayLacks = true } = {}) {
  const all = (predecessors ?? []).filter((p) => p?.commune);
  const lacks = value?.partial ? (value.lacks ?? []) : [];
  const used = Array.isArray(usedIds) ? all.filter((p) => usedIds.includes(p.commune)) : null;
  // Without the predecessors or the ids, only the partial sum can be said, as before.
  if (!used || all.length === 0) {
    const partial = lacksText(value);
    return `${kind === 'sum' ? 'tổng các xã cũ' : 'các xã cũ'}${partial ? `, ${partial}` : ''}`;
  }
  const absent = all.filter((p) => !p.missing && !usedIds.includes(p.commune) && !lacks.includes(p.name)).map((p) => p.name);
  const whole = used.length === all.length;
  const whose = whole ? (kind === 'sum' ? 'tổng các xã cũ' : 'các xã cũ')
    : `${kind === 'sum' ? 'tổng của' : 'của'} ${used.map((p) => p.name).join(', ')}`;
  return [whose, sayLacks ? lacksText(value) : '', absentText(absent)].filter(Boolean).join('; ');
}
