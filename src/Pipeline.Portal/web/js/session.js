// The access key lives in sessionStorage: it survives a reload of the tab, not the closing of it.
const KeyName = 'pipeline.accessKey';

export const session = {
  key: () => sessionStorage.getItem(KeyName),
  remember: (key) => sessionStorage.setItem(KeyName, key),
  forget: () => sessionStorage.removeItem(KeyName),
};
