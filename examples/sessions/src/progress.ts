const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A one-line spinner with a counter on stderr, shown only on a TTY. */
export class Progress {
  readonly #enabled: boolean;
  #frame = 0;
  #timer: NodeJS.Timeout | undefined;
  #label = '';

  constructor(enabled: boolean) {
    this.#enabled = enabled;
  }

  update(label: string): void {
    this.#label = label;
    if (!this.#enabled) return;
    this.#timer ??= setInterval(() => this.#draw(), 80);
    this.#draw();
  }

  #draw(): void {
    this.#frame = (this.#frame + 1) % FRAMES.length;
    process.stderr.write(`\r\x1b[2K${FRAMES[this.#frame]} ${this.#label}`);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#enabled) process.stderr.write('\r\x1b[2K');
  }
}
