// Filter the glossary tables by text and kind; a no-op on every other page.
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector(".mtclean-filter");
  if (!box) return;
  const input = box.querySelector("input");
  const kind = box.querySelector("select");
  const count = box.querySelector("span");
  const tables = Array.from(document.querySelectorAll("table.mtclean-glossary"));
  const update = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const table of tables) {
      const kindMatches = !kind.value || table.dataset.kind === kind.value;
      let shownHere = 0;
      for (const row of table.tBodies[0].rows) {
        const text = row.textContent.toLowerCase();
        const visible = kindMatches && words.every((word) => text.includes(word));
        row.hidden = !visible;
        shownHere += visible ? 1 : 0;
      }
      // A kind with nothing to show loses its heading too.
      table.hidden = shownHere === 0;
      const heading = table.previousElementSibling;
      if (heading && heading.tagName === "H2") heading.hidden = shownHere === 0;
      shown += shownHere;
    }
    count.textContent = `${shown} entries`;
  };
  input.addEventListener("input", update);
  kind.addEventListener("change", update);
  update();
});
