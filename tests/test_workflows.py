"""The GitHub workflows are valid against GitHub's own schema and run what the README promises."""

from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def test_workflows_validate_against_githubs_schema():
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    assert len(files) == 2
    r = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *files],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def _steps(name: str) -> list[dict]:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_pull_requests_are_checked_tested_and_built_strictly():
    workflow = yaml.safe_load((WORKFLOWS / "check.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # PyYAML reads the key `on` as True
    runs = " && ".join(step.get("run", "") for step in _steps("check.yml"))
    for command in ("timeline check", "pytest", "timeline build --no-ingest", "git diff --exit-code -- content/"):
        assert command in runs


def test_pushes_to_main_deploy_with_the_official_pages_actions():
    workflow = yaml.safe_load((WORKFLOWS / "pages.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    uses = [step.get("uses", "").split("@")[0] for step in _steps("pages.yml")]
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses
