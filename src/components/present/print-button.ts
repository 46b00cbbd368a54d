/** Buttons marked `data-print` open the browser's print dialog. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
