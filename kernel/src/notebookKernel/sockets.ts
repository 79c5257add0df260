/**
 * One send at a time on each ZeroMQ socket of the kernel. zeromq.js 6 allows only one send in progress per
 * socket: a second `send` before the first has settled is refused with EBUSY ("Socket is busy writing").
 * tslab sends replies, streams, displays and status messages without awaiting the previous one, so under a
 * stream of outputs some are refused — a lost `idle` status leaves the client waiting for ever, and the
 * unhandled rejection used to end the process. Here every send waits for the previous one on its socket.
 *
 * zeromq.js seals its sockets and defines `send` once, read-only, on their common prototype; so the queue
 * is installed there (a configurable property) and applies to the sockets handed to `serialiseSends` only.
 */

/** The part of a zeromq.js socket this module uses. */
export interface SendingSocket {
  send(message: unknown, ...options: unknown[]): Promise<void>;
}

type Send = SendingSocket["send"];

/**
 * Makes `socket.send` queue behind the sends before it on the same socket, in order. The promise it
 * returns never rejects: a failed send (the socket closed at shutdown, say) goes to `onError`, and the
 * queue goes on.
 */
export function serialiseSends(socket: SendingSocket, onError: (error: unknown) => void): void {
  installQueue(socket);
  queues.set(socket, { last: Promise.resolve(), onError });
}

interface Queue {
  last: Promise<void>;
  readonly onError: (error: unknown) => void;
}

/** The queue of every socket handed to serialiseSends. */
const queues = new WeakMap<object, Queue>();
/** Prototypes whose `send` already goes through the queues. */
const patched = new WeakSet<object>();

function installQueue(socket: SendingSocket): void {
  let owner: object | null = socket;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, "send")) owner = Object.getPrototypeOf(owner) as object | null;
  if (!owner) throw new Error("this socket has no send method");
  if (patched.has(owner)) return;
  const send = (owner as { send: Send }).send;
  const queued = function (this: SendingSocket, message: unknown, ...options: unknown[]): Promise<void> {
    const queue = queues.get(this);
    if (!queue) return send.call(this, message, ...options);
    queue.last = queue.last.then(() => send.call(this, message, ...options)).catch(queue.onError);
    return queue.last;
  };
  Object.defineProperty(owner, "send", { value: queued, configurable: true, writable: false, enumerable: false });
  patched.add(owner);
}
