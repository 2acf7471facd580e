// A consolidated sum or baseline that lacks a predecessor — its annex is missing, or its row holds
// no usable figure — is never shown as a whole: it says "chưa đủ" and names the communes it lacks
// (the API's `partial` and `lacks`, docs/consolidation.md). Pure, so Node can test it.

/** "chưa đủ — thiếu Pú Bẩu, Bó Sinh (cũ)" for a partial value; '' for a whole one. */
export function lacksText(value) {
  if (!value?.partial) return '';
  const names = (value.lacks ?? []).filter((name) => typeof name === 'string' && name.length > 0);
  return names.length > 0 ? `chưa đủ — thiếu ${names.join(', ')}` : 'chưa đủ — thiếu số liệu của xã tiền thân';
}
