"""The contributor's path: CONTRIBUTING.md's commands exist and CI runs the glossary check."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import regex
import yaml

from mtclean.glossary import cli

ROOT = Path(__file__).parent.parent
CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
WORKFLOW: dict[Any, Any] = yaml.safe_load(
    (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
)
COMMANDS = [
    shlex.split(line.split("#")[0])
    for block in regex.findall(r"```sh\n(.*?)```", CONTRIBUTING, flags=regex.S)
    for line in block.splitlines()
    if line.strip()
]


def _steps() -> list[dict[str, Any]]:
    return [step for job in WORKFLOW["jobs"].values() for step in job["steps"]]


def test_the_workflow_runs_on_pull_requests_and_pushes() -> None:
    triggers = WORKFLOW.get("on", WORKFLOW.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers and "push" in triggers


def test_the_workflow_runs_the_glossary_check_and_ci() -> None:
    runs = [str(step.get("run", "")) for step in _steps()]
    assert any(regex.search(r"(^|/)mtclean glossary check\b", run) for run in runs)
    assert "bash .ci/run" in runs


def test_contributing_shows_commands() -> None:
    assert len(COMMANDS) >= 6


def test_the_glossary_subcommands_it_names_exist() -> None:
    named = {words[2] for words in COMMANDS if words[0].endswith("mtclean") and words[1] == "glossary"}
    assert named >= {"check", "find"}
    subcommands = cli._parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert named <= set(subcommands)


def test_the_files_and_options_it_names_exist() -> None:
    paths = {
        word.split("::")[0] for words in COMMANDS for word in words if regex.match(r"(tools|tests)/", word)
    }
    assert "tools/glossary_candidates.py" in paths
    assert all((ROOT / path).exists() for path in paths), paths
    tool = (ROOT / "tools" / "glossary_candidates.py").read_text(encoding="utf-8")
    generator = [words for words in COMMANDS if "tools/glossary_candidates.py" in words]
    options = {word for words in generator for word in words if word.startswith("--")}
    options |= set(regex.findall(r"`(--[a-z]+)`", CONTRIBUTING))
    assert options >= {"--kind", "--domain", "--list"}
    assert all(f'"{option}"' in tool for option in options), options
    for mentioned in regex.findall(r"`((?:\.github|docs|tests|tools|\.ci)/[^`<> ]+)`", CONTRIBUTING):
        assert (ROOT / mentioned).exists(), mentioned


def test_the_pull_request_template_has_a_checklist() -> None:
    template = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    items = regex.findall(r"^- \[ \] (.+)$", template, flags=regex.M)
    assert len(items) >= 5
    assert any("mtclean glossary check" in item for item in items)


def test_readme_and_docs_link_contributing() -> None:
    assert "(CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "CONTRIBUTING.md" in (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")
    assert "contributing.md" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_worked_example_in_the_glossary_guide_is_the_shipped_entry() -> None:
    guide = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    shown = regex.search(r"The entry that went into .*?```yaml\n(.*?)```", guide, flags=regex.S)
    assert shown is not None
    shipped = (ROOT / "mtclean" / "glossary" / "data" / "places" / "places.yaml").read_text(encoding="utf-8")
    assert shown.group(1) in shipped
