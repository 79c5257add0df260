/**
 * Identity of the displays of this kernel process. The secret is drawn once per process and written into
 * every payload; a widget that asks for a recomputation quotes it, and the kernel accepts only its own, so
 * outputs saved from an earlier session cannot drive this one (design.md, "Interactivity").
 */
import { randomBytes } from "node:crypto";
import type { Session } from "../protocol";

let secret: string | null = null;
let calls = 0;

/** This process's session secret (32 hex digits). */
export function sessionSecret(): string {
  if (secret === null) secret = randomBytes(16).toString("hex");
  return secret;
}

/** A fresh session block: the secret and a new call id, also used as the output's display_id. */
export function newSession(): Session {
  calls += 1;
  return { secret: sessionSecret(), call: `xai-${process.pid.toString(36)}-${calls}` };
}

/** Whether `candidate` is this process's secret (constant-time comparison). */
export function isSessionSecret(candidate: unknown): boolean {
  const own = sessionSecret();
  if (typeof candidate !== "string" || candidate.length !== own.length) return false;
  let diff = 0;
  for (let i = 0; i < own.length; i++) diff |= own.charCodeAt(i) ^ candidate.charCodeAt(i);
  return diff === 0;
}
