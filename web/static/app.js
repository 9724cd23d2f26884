// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // On a narrow screen the filters start folded behind their "Filters" button, so the
  // results come first; without this script they are simply open.
  const filters = document.querySelector("details.filters");
  if (filters && window.matchMedia("(max-width: 50rem)").matches) filters.open = false;
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(source.textContent.trim());
      const label = button.textContent;
      button.textContent = button.dataset.done;
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  }
});
