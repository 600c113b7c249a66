// The phone's own storage for the field app: IndexedDB "habeas-field", with the device key (its
// private half cannot be read out, only used to sign) and the outbox of signed captures.

const DB = 'habeas-field';
const VERSION = 1;

let opened = null;

function open() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('keys')) {
          db.createObjectStore('keys');
        }
        if (!db.objectStoreNames.contains('outbox')) {
          db.createObjectStore('outbox', { keyPath: 'captureId' });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

async function run(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = work(tx.objectStore(store));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The device key record ({privateKey, spki, deviceKeyId, status, enrolled}), or undefined. */
export function getKey() {
  return run('keys', 'readonly', (s) => s.get('device'));
}

export function putKey(key) {
  return run('keys', 'readwrite', (s) => s.put(key, 'device'));
}

/** Every outbox entry, newest capture first. */
export async function allEntries() {
  const all = await run('outbox', 'readonly', (s) => s.getAll());
  return all.sort((a, b) => (a.body.capturedAt < b.body.capturedAt ? 1 : -1));
}

export function putEntry(entry) {
  return run('outbox', 'readwrite', (s) => s.put(entry));
}

export function deleteEntry(captureId) {
  return run('outbox', 'readwrite', (s) => s.delete(captureId));
}
