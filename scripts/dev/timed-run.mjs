// @ts-check
// Runs a command and times it twice: wall time, and CPU time (user + system, its child processes
// included). CPU time is the steadier figure on a machine that others are using: contention
// stretches wall time much more than CPU time. Used by the benchmarks' builds and by the builds for
// the archive (archive-builds.mjs).
import { spawn } from 'node:child_process';

/** Parses bash's `times` output (`0m1.5s 0m0.2s` per line; the second line is the children's). */
export function childCpuMs(/** @type {string} */ output) {
  const children = output.trim().split('\n').at(-1) ?? '';
  let total = 0;
  for (const [, minutes, seconds] of children.matchAll(/(\d+)m([\d.]+)s/g)) {
    total += (Number(minutes) * 60 + Number(seconds)) * 1000;
  }
  return total;
}

/**
 * Runs a command through bash and resolves with its wall time and CPU time in ms and its output
 * (stdout and stderr together, colours removed); rejects with the end of that output when it fails
 * or when it runs past `timeoutMs` (then it is killed).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, echo?: boolean, timeoutMs?: number }} options
 *   `echo` copies the command's output to this process's stderr as it comes
 * @returns {Promise<{ ms: number, cpuMs: number, output: string }>}
 */
export function timedRun(command, args, { cwd, env = process.env, echo = false, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // `times` (a bash builtin) reports the CPU time of the shell's finished children on stdout;
    // the command's own stdout goes to stderr.
    const script = '"$0" "$@" 1>&2; status=$?; times; exit $status';
    const child = spawn('bash', ['-c', script, command, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    /** @type {Buffer[]} */
    const output = [];
    /** @type {Buffer[]} */
    const timesOutput = [];
    child.stdout.on('data', (chunk) => timesOutput.push(chunk));
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
      output.push(chunk);
      if (echo) process.stderr.write(chunk);
    });
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const text = Buffer.concat(output)
        .toString()
        .replace(/\u001b\[[0-9;]*m/g, '');
      if (code === 0)
        resolve({ ms, cpuMs: childCpuMs(Buffer.concat(timesOutput).toString()), output: text });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${code ?? 'killed'}):\n${text.slice(-4000)}`,
          ),
        );
    });
  });
}
