// The upload progress bar, fed by XMLHttpRequest's upload progress events.
import { h, uniqueId } from './dom.js';

export function createUploadProgress() {
  const id = uniqueId('upload-progress');
  const bar = h('progress', { id, max: '100', value: '0' });
  const text = h('span', { class: 'progress-text' }, '0 %');
  const element = h('div', { class: 'progress', hidden: true }, h('label', { for: id }, 'Đang tải tệp lên'), bar, text);
  return {
    element,
    start() {
      element.hidden = false;
      this.set(0);
    },
    set(fraction) {
      const value = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      bar.value = value;
      text.textContent = `${value} %`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
