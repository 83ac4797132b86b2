"""How the commands read their arguments where click's rules would misread them: a search query
may start with "-" (`clipper search -taiwan china`), and `list` takes no query.  The query
language's help text lives here too."""

from __future__ import annotations

import re
from typing import Any

import typer
from typer.core import TyperCommand

QUERY_HELP = """\b
Query language:
  china japan        both words (every word must match)
  "east china sea"   an exact phrase
  abe OR koizumi     either
  -taiwan, NOT taiwan  without that word
  senkak*            words starting with senkak
  (abe OR koizumi) yasukuni   parentheses group
  title:summit       in the title; source:xinhua in the source name;
                     author:lopez in the byline; title:(summit OR thaw)
Anything else is taken as plain words.  Accents fold (Tokyo finds Tōkyō), English
words are stemmed (agree finds agreed), and Chinese or Japanese words of two or more
characters are found inside longer runs (中国 finds 中国と日本).  Results rank
by bm25, the title weighing more than the text, and a title holding the words as a
phrase first; ties go to the newest.  Several words are one query (clipper search
senkaku islands), which may start with "-" (clipper search -taiwan china): only the
command's own options, written whole (-n 5 or --limit=5, not -n5), are read as options,
and after -- every word is the query's."""


class QueryCommand(TyperCommand):
    """A command taking a search query, which may start with "-": `-taiwan china` excludes a
    word, where click would refuse "No such option: -t" (or take `-north` for `-n orth`).

    Only the command's own options, written whole (`-n 5`, `--limit=5`, not `-n5`), are
    options; any other word starting with a single "-" is the query's.  An unknown `--word`
    is still refused as an option, and `--` still ends the options (`search -- -n`).
    clipper/entry.py reads `clipper search` the same way.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _options_first(args, self.get_params(ctx)))


def _options_first(args: list[str], params: list[Any]) -> list[str]:
    """The arguments with the options (and their values) first, then `--` and the other words
    in their order, so that click reads no word as an option that is none."""
    takes_value = {
        name: not (param.is_flag or param.count)
        for param in params
        if param.param_type_name == "option"
        for name in (*param.opts, *param.secondary_opts)
    }
    options: list[str] = []
    words: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        name = arg.partition("=")[0] if arg.startswith("--") else arg
        if arg == "--":
            words += args[i + 1 :]
            break
        if name in takes_value:
            if takes_value[name] and name == arg and i + 1 == len(args):
                return args  # its value is missing: click says so (not "--" taken for it)
            options.append(arg)
            if takes_value[name] and name == arg:
                i += 1
                options.append(args[i])  # the value, whatever it looks like, as click takes it
        elif arg.startswith("--"):
            options.append(arg)  # an option the command lacks: click says so
        elif _glued_number(arg, takes_value):
            # "-n5" would exclude the word "n5", which nobody means: say how to write it.
            raise typer.BadParameter(
                f"write {arg[:2]} {arg[2:]}, with a space ({arg} would be a query word)",
                param_hint=f"'{arg[:2]}'",
            )
        else:
            words.append(arg)
        i += 1
    return [*options, "--", *words] if words else options


class FiltersOnlyCommand(TyperCommand):
    """A command taking filters and no query (`list`): a word given to it is refused saying so,
    rather than with click's "Got unexpected extra argument(s) (…)", which reads "()" for
    an empty word."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.allow_extra_args = True
        rest = super().parse_args(ctx, args)
        if ctx.args:
            ctx.fail(
                f"{ctx.info_name} takes no query (got {' '.join(ctx.args)!r}); it selects by "
                f"--source, --author, --since, --until and --tag, and `clipper search QUERY` "
                "finds clippings by their words"
            )
        return rest


GLUED_NUMBER = re.compile(r"^-[A-Za-z]\d+$")


def _glued_number(arg: str, takes_value: dict[str, bool]) -> bool:
    """Is the word a short option glued to a number ("-n5"), which this reading of the
    arguments takes for a query word?"""
    return GLUED_NUMBER.match(arg) is not None and takes_value.get(arg[:2], False)
