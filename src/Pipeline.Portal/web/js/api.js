// The HTTP API (docs/api.md) as the portal calls it: same origin, the access key in x-api-key
// where one was given (locally), the App Service sign-in cookie otherwise (in Azure).

import { megabytes } from './format.js';

/** An answer other than 2xx, with the API's Vietnamese problem detail when it sent one. */
export class ApiError extends Error {
  /** uploadLimit: the largest file the API takes (GET /api/me's maxUploadBytes), once known; words a bare 413. */
  constructor(status, problem, uploadLimit = null) {
    super(problem?.detail || fallbackMessage(status, uploadLimit));
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? null;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
  }
}

function fallbackMessage(status, uploadLimit) {
  switch (status) {
    case 0: return 'Không kết nối được với máy chủ. Hãy kiểm tra mạng rồi thử lại.';
    case 401: return 'Khóa truy cập không đúng hoặc đã hết hiệu lực. Hãy đăng nhập lại.';
    case 403: return 'Bạn không có quyền xem hoặc gửi dữ liệu của đơn vị này.';
    case 404: return 'Không tìm thấy dữ liệu này.';
    case 413: return `Tệp quá lớn${uploadLimit ? ` (tối đa ${megabytes(uploadLimit)} MB)` : ''}. Hãy xóa các trang tính không cần thiết (báo cáo Word: nén hoặc bớt hình ảnh) rồi gửi lại.`;
    default: return `Máy chủ báo lỗi (mã ${status}). Hãy thử lại sau ít phút.`;
  }
}

function parseJson(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function createApi(accessKey) {
  let uploadLimit = null;
  let unauthorized = null; // set once signed in: a 401 after that means the key stopped working
  const authHeaders = () => (accessKey ? { 'x-api-key': accessKey } : {});

  async function request(method, path, body, contentType) {
    let response;
    try {
      response = await fetch(path, {
        method,
        body,
        headers: { Accept: 'application/json', ...(contentType ? { 'Content-Type': contentType } : {}), ...authHeaders() },
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, null);
    }
    const data = parseJson(await response.text());
    if (response.status === 401) unauthorized?.();
    if (!response.ok) throw new ApiError(response.status, data, uploadLimit);
    return data;
  }

  /** POST multipart with upload progress (fetch cannot report it): onProgress(fraction 0..1). */
  function upload(path, form, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener('load', () => {
        const data = parseJson(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) {
          onProgress(1);
          resolve(data);
        } else {
          if (xhr.status === 401) unauthorized?.();
          reject(new ApiError(xhr.status, data, uploadLimit));
        }
      });
      xhr.addEventListener('error', () => reject(new ApiError(0, null)));
      xhr.addEventListener('abort', () => reject(new ApiError(0, null)));
      xhr.send(form);
    });
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    /** POST a JSON document (an object, serialised here). */
    postJson: (path, document) => request('POST', path, JSON.stringify(document), 'application/json'),
    /** PUT a JSON document (an object, serialised here). */
    putJson: (path, document) => request('PUT', path, JSON.stringify(document), 'application/json'),
    upload,
    /** Remembers the upload limit GET /api/me published, for the wording of a 413 that came without details. */
    knowUploadLimit: (bytes) => { uploadLimit = bytes; },
    /** <handler>() is called when a request is refused 401 (the key revoked or expired while the tab is open). */
    onUnauthorized: (handler) => { unauthorized = handler; },
  };
}

/** Path segments of a commune id "son-la/pu-bau", escaped. */
export function communePath(communeId) {
  return String(communeId).split('/').map(encodeURIComponent).join('/');
}
