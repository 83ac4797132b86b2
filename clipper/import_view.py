"""What `clipper import` shows: a line per page or a progress bar, then a summary."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .importer import FAILURES_KEPT, ImportReport, PageDone, estimate_page_count
from .render import message, one_line, print_json, print_results

# Up to this many pages, a line per page says more than a progress bar; beyond, the lines
# scroll past unread and the bar (pages done, pages/s, time left) is what a user wants.
FEW_PAGES = 20


class ImportView:
    """Shows an import as it happens; `page` is the importer's `on_page` callback."""

    def __init__(
        self,
        out: Console,
        err: Console,
        *,
        json_out: bool = False,
        quiet: bool = False,
        total: int | None = None,
        show_bar: bool = False,
    ) -> None:
        self.out, self.err = out, err
        self.json_out, self.quiet = json_out, quiet
        self.entries: dict[str, list[dict[str, Any]]] = {
            "added": [],
            "updated": [],
            "present": [],
            "skipped": [],
            "failed": [],
        }
        self.progress: Progress | None = None
        if show_bar:
            self.progress = Progress(
                TextColumn("Importing"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(),
                TimeRemainingColumn(),
                TextColumn("left"),
                console=err,
                transient=True,
            )
            self.task = self.progress.add_task("import", total=total)

    @classmethod
    def for_paths(
        cls, paths: list[str], out: Console, err: Console, *, json_out: bool, quiet: bool
    ) -> ImportView:
        """The view for importing these paths: a progress bar if a terminal watches many pages."""
        if not err.is_terminal or quiet:
            return cls(out, err, json_out=json_out, quiet=quiet)
        total = estimate_page_count(paths)
        show_bar = total is None or total > FEW_PAGES
        return cls(out, err, json_out=json_out, quiet=quiet, total=total, show_bar=show_bar)

    def __enter__(self) -> ImportView:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.progress is not None:
            self.progress.stop()

    def page(self, done: PageDone) -> None:
        """Record one page, and say what became of it unless a progress bar stands for it."""
        if self.json_out:
            entry: dict[str, object] = {"id": done.id, "title": done.title, "origin": done.origin}
            if done.renumbered_from is not None:
                entry["exported_id"] = done.renumbered_from
            if done.tags_added:
                entry["tags_added"] = list(done.tags_added)
            if done.kind == "updated":
                entry["fields"] = list(done.fields)
            elif done.other_text:
                entry["other_text"] = True
            if done.kind in ("skipped", "failed"):
                entry = {"origin": done.origin, "reason": done.reason}
            self.entries[done.kind].append(entry)
        if self.progress is not None:
            self.progress.advance(self.task)
        if done.kind == "failed" or (done.kind == "skipped" and not self.quiet):
            kind = f"[yellow]{done.kind}:[/yellow]"
            message(self.err, kind + " {}: {}", done.origin, done.reason or "")
        elif self.json_out or self.quiet or self.progress is not None:
            return
        elif done.kind == "added" and done.renumbered_from is not None:
            message(
                self.out,
                "[green]added[/green] #{} {} [yellow](exported as #{}, an id this archive "
                "has given already)[/yellow]",
                str(done.id),
                done.title or done.origin,
                str(done.renumbered_from),
            )
        elif done.kind == "added":
            message(
                self.out, "[green]added[/green] #{} {}", str(done.id), done.title or done.origin
            )
        elif done.kind == "updated":
            message(
                self.out,
                "[green]updated[/green] #{} {} [dim]({})[/dim]",
                str(done.id),
                done.title or done.origin,
                ", ".join(done.fields) if done.fields else "the page only",
            )
        elif done.other_text:
            message(
                self.out,
                "[dim]already present as #{}:[/dim] {} [yellow](same address, another text: "
                "--update stores this version)[/yellow]",
                str(done.id),
                done.origin,
            )
        elif done.tags_added:
            message(
                self.out,
                "[dim]already present as #{}:[/dim] {} [dim](tags added: {})[/dim]",
                str(done.id),
                done.origin,
                ", ".join(done.tags_added),
            )
        else:
            message(self.out, "[dim]already present as #{}:[/dim] {}", str(done.id), done.origin)

    def finish(self, report: ImportReport) -> None:
        """Print the summary (or the JSON report)."""
        if self.json_out:
            print_json(
                {
                    **self.entries,
                    "seconds": round(report.seconds, 3),
                    "store_seconds": round(report.store_seconds, 3),
                    "store_cpu_seconds": round(report.store_cpu_seconds, 3),
                    "jobs": report.jobs,
                }
            )
            return
        if report.pages > FEW_PAGES or report.skipped or report.failed:
            print_results(self.out, summary_table(report))  # unwrapped into a pipe or file
        updated = f"updated {report.updated}, " if report.updated else ""
        self.out.print(
            f"Added {report.added}, {updated}already present {report.present}, "
            f"skipped {report.skipped}, failed {report.failed}.",
            highlight=False,
        )
        if report.renumbered:
            self.out.print(
                f"New ids for {report.renumbered} exported clipping"
                f"{'s' if report.renumbered != 1 else ''}: this archive had given "
                "the exported id already.",
                highlight=False,
            )

    def interrupted(self, stored: int) -> None:
        """Say what an interrupted import left behind: `stored` new clippings."""
        self.err.print(
            f"Stopped after storing {stored} new clippings; run the same import again to finish "
            "(pages already stored are recognised and kept once)."
        )


def summary_table(report: ImportReport) -> Table:
    """Counts, the reasons pages were skipped, the first failures and the time taken."""
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_column(overflow="fold")
    table.add_row("added", str(report.added), "")
    if report.updated:
        table.add_row("updated", str(report.updated), "")
    table.add_row("already present", str(report.present), "")
    reasons = "; ".join(
        f"{one_line(reason)} ({n})" for reason, n in report.skip_reasons.most_common()
    )
    table.add_row("skipped", str(report.skipped), Text(reasons))
    failures = Text("\n".join(f"{one_line(o)}: {one_line(r)}" for o, r in report.failures))
    if report.failed > FAILURES_KEPT:
        failures.append(f"\n… and {report.failed - FAILURES_KEPT} more", style="dim")
    table.add_row(
        "failed", Text(str(report.failed), style="red" if report.failed else ""), failures
    )
    rate = report.pages / report.seconds if report.seconds else 0.0
    share = report.store_seconds / report.seconds if report.seconds else 0.0
    workers = f"{report.jobs} worker processes" if report.jobs else "cleaned in one process"
    table.add_row("time", f"{report.seconds:.1f} s", f"{rate:,.0f} pages/s, {workers}")
    table.add_row("storing", f"{report.store_seconds:.1f} s", f"{share:.0%} of the time")
    return table


class _RateColumn(ProgressColumn):
    """Pages per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} pages/s" if speed else "… pages/s", style="cyan")
