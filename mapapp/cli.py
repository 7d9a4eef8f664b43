"""The ``mapapp`` command line (README.md, "Command line"): argument parsing and exit codes only.

Exit codes: 0 success, 1 invalid or unusable data, 2 wrong usage. Errors go to stderr, one line
each (``FILE:ROW: column: what is wrong — how to fix it``); data goes to stdout or ``-o PATH``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import subprocess
import sys
from collections.abc import Sequence

import geopandas as gpd

from mapapp.errors import MapAppError, UsageError
from mapapp.model import BBox

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
IMPORT_FORMATS = (
    "auto",
    "csv",
    "geojson",
    "acled",
    "gdelt",
    "state-travels",
    "state-visits",
    "parquet",
)
EXPORT_FORMATS = ("geojson", "csv", "html")
BASEMAP_CHOICES = ("offline", "osm", "topo", "hot", "custom")  # mapapp.render.basemap.BASEMAPS


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2022-12-20"
        ) from err


def _add_map_options(p: argparse.ArgumentParser) -> None:
    """The HTML export's background: tiles over our basemap, or none (the default)."""
    p.add_argument(
        "--basemap",
        choices=BASEMAP_CHOICES,
        default=None,
        help="html: tiles drawn over our Natural Earth basemap (default: offline, i.e. none; "
        "custom: the server in $MAPAPP_TILES)",
    )
    p.add_argument(
        "--tiles",
        metavar="URL",
        help="html: a tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png "
        "(needs --attribution)",
    )
    p.add_argument("--attribution", metavar="TEXT", help="html: attribution for --tiles")
    p.add_argument(
        "--trips",
        action="store_true",
        help="html: draw each traveller's consecutive stops as arcs (the page's Trips layer)",
    )


def _bbox(text: str) -> BBox:
    from mapapp.engine.query import parse_bbox

    try:
        return parse_bbox(text)
    except UsageError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def _add_export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``mapapp export``: where the events come from, the filters, the format and the output."""
    p = sub.add_parser("export", help="write events after filtering")
    source = p.add_mutually_exclusive_group()
    source.add_argument(
        "--input", metavar="FILE", help="any file `import` reads (default: bundled)"
    )
    source.add_argument(
        "--database", metavar="URL", help="a PostGIS database filled by `mapapp load`"
    )
    p.add_argument("--format", choices=EXPORT_FORMATS, default="geojson")
    p.add_argument("--start", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--end", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--type", action="append", default=[], metavar="TYPE", dest="types")
    p.add_argument("--actor", action="append", default=[], metavar="NAME", dest="actors")
    p.add_argument("--country", action="append", default=[], metavar="CC", dest="countries")
    p.add_argument("--text", default="", metavar="WORDS", help="in title, summary or quote")
    p.add_argument(
        "--bbox",
        type=_bbox,
        metavar="W,S,E,N",
        help="keep events whose point is in the box (W > E crosses the antimeridian)",
    )
    _add_map_options(p)
    p.add_argument("-o", "--output", default="-", metavar="PATH", help="file, or - for stdout")


def _add_load_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``mapapp load``: files into a PostGIS database."""
    p = sub.add_parser("load", help="load events into a PostGIS database (upsert by event_id)")
    p.add_argument("files", nargs="+", metavar="FILE", help="any file `import` reads")
    p.add_argument(
        "--database",
        required=True,
        metavar="URL",
        help="postgresql://USER@HOST:PORT/DATABASE (a password is best kept in ~/.pgpass)",
    )
    p.add_argument("--format", choices=IMPORT_FORMATS, default="auto")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="mapapp", description="Map of diplomatic activity: validate, import, export, extract."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="check event files (default: the bundled dataset)")
    p.add_argument("files", nargs="*", metavar="FILE")

    _add_export_parser(sub)
    _add_load_parser(sub)

    p = sub.add_parser(
        "import", help="read a foreign file (or a folder or zip of them) and write our GeoJSON"
    )
    p.add_argument("file", metavar="PATH")
    p.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    p.add_argument(
        "--all-events",
        action="store_true",
        help="GDELT: keep every event, not only the diplomatic CAMEO roots 03-05",
    )
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        action="store_const",
        const=True,
        dest="dayfirst",
        help="read dates such as 03/04/2021 as day/month (default: decided from the file)",
    )
    order.add_argument(
        "--monthfirst",
        action="store_const",
        const=False,
        dest="dayfirst",
        help="read dates such as 03/04/2021 as month/day",
    )
    p.add_argument("-o", "--output", default="-", metavar="PATH", help="file, or - for stdout")

    p = sub.add_parser("extract", help="candidate events from a news article (plain text)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--url", default=None)
    p.add_argument("--format", choices=("geojson", "csv"), default="geojson")
    p.add_argument("-o", "--output", default="-", metavar="PATH", help="file, or - for stdout")

    p = sub.add_parser("serve", help="start the map page in a browser (default: bundled data)")
    p.add_argument("file", nargs="?", metavar="FILE", help="any file `import` reads")
    p.add_argument("--port", type=int, default=8501, metavar="N")
    p.add_argument("--address", default=None, help="address to listen on (default: all)")
    return parser


def _glue_bbox(argv: list[str]) -> list[str]:
    """``--bbox -75,40,-73,41`` → ``--bbox=-75,40,-73,41``: argparse takes a value starting with
    a minus for an option, and a western longitude starts with one."""
    out: list[str] = []
    for arg in argv:
        if (
            out
            and out[-1] == "--bbox"
            and len(arg) > 1
            and arg[0] == "-"
            and arg[1] in "0123456789."
        ):
            out[-1] = f"--bbox={arg}"
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(_glue_bbox(sys.argv[1:] if argv is None else list(argv)))
    handler = {
        "validate": _validate,
        "export": _export,
        "load": _load,
        "import": _import,
        "extract": _extract,
        "serve": _serve,
    }[args.command]
    try:
        return handler(args)
    except UsageError as err:
        print(f"mapapp: {err}", file=sys.stderr)
        return EXIT_USAGE
    except MapAppError as err:
        _print_problems(getattr(err, "problems", None) or [err])
        return EXIT_DATA
    except BrokenPipeError:  # e.g. `mapapp export | head`
        return EXIT_OK


def _print_problems(problems: Sequence[object]) -> None:
    """One line per problem on stderr, and a line for those not kept (files of many bad rows)."""
    for problem in problems:
        print(problem, file=sys.stderr)
    dropped = getattr(problems, "dropped", 0)
    if dropped:
        print(f"… and {dropped:,} more problems like these (fix these first)", file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    from mapapp.bundled import BUNDLED_EVENTS, load_sources
    from mapapp.readers import check_file

    files = args.files or [str(BUNDLED_EVENTS)]
    failed = False
    for name in files:
        count, problems = check_file(name, sources=load_sources())
        _print_problems(problems)
        if problems:
            failed = True
            total = getattr(problems, "total", len(problems))
            print(f"{name}: {total:,} problem(s) in {count:,} event(s)", file=sys.stderr)
        else:
            print(f"{name}: {count} events, valid")
    return EXIT_DATA if failed else EXIT_OK


def read_any(
    path: str, fmt: str = "auto", *, keep_all: bool = False, dayfirst: bool | None = None
) -> gpd.GeoDataFrame:
    """Read any file `mapapp import` reads; report rejected rows and notes on stderr."""
    from mapapp.readers import read_file

    result = read_file(path, fmt, keep_all=keep_all, dayfirst=dayfirst)
    _print_problems(result.rejected)
    for note in result.notes:
        print(f"{path}: {note}", file=sys.stderr)
    return result.events


def _export(args: argparse.Namespace) -> int:
    from mapapp.engine import FrameEngine, make_query

    if args.start and args.end and args.end < args.start:
        raise UsageError(f"--end {args.end} is before --start {args.start}; swap them")
    if args.basemap and args.tiles:
        raise UsageError("give --basemap or --tiles, not both")
    if args.format != "html" and (args.basemap or args.tiles or args.trips):
        raise UsageError("--basemap, --tiles and --trips apply to --format html only")
    query = make_query(
        start=args.start,
        end=args.end,
        types=args.types,
        actors=args.actors,
        countries=args.countries,
        text=args.text,
        bbox=args.bbox,
    )
    if args.database:
        from mapapp.engine import PostgisEngine

        engine = PostgisEngine(args.database)
        try:
            shown = engine.events(query)
        finally:
            engine.close()
    else:
        from mapapp.bundled import BUNDLED_EVENTS
        from mapapp.readers import read_events

        events = read_any(args.input) if args.input else read_events(BUNDLED_EVENTS)
        shown = FrameEngine(events).events(query)
    tiles = args.tiles or args.basemap
    _write(shown, args.format, args.output, tiles=tiles, attr=args.attribution, trips=args.trips)
    return EXIT_OK


def _load(args: argparse.Namespace) -> int:
    from mapapp.engine.postgis import load_events, redact

    for name in args.files:
        # read_file raises NoUsableRowsError (exit 1) when nothing usable was read.
        events = read_any(name, args.format)
        written = load_events(args.database, events)
        print(f"{name}: {written:,} events loaded into {redact(args.database)}", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    # read_file raises NoUsableRowsError (exit 1) when nothing usable was read.
    events = read_any(args.file, args.format, keep_all=args.all_events, dayfirst=args.dayfirst)
    print(f"{args.file}: {len(events)} events read", file=sys.stderr)
    _write(events, "geojson", args.output)
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from mapapp.bundled import bundled_source
    from mapapp.extract.candidates import extract_events
    from mapapp.extract.published import publication_date
    from mapapp.readers import read_path_bytes

    text = read_path_bytes(args.file).decode("utf-8", errors="replace")
    known = bundled_source(args.file) or {}
    published = args.published or known.get("source_published")
    if published is None and (published := publication_date(text)) is not None:
        print(
            f"{args.file}: publication date {published.isoformat()} read from the article's "
            "header or byline (give --published to set another)",
            file=sys.stderr,
        )
    url = args.url or known.get("source_url")
    if published is None or url is None:
        missing = " and ".join(
            flag for flag, value in (("--published", published), ("--url", url)) if value is None
        )
        raise UsageError(
            f"{args.file} is not a bundled source, so give {missing}: relative dates are "
            "resolved against the publication date (read from the article's header or byline "
            "when it states one), and every event names its source"
        )
    events = extract_events(
        text,
        published=published,
        url=url,
        title=known.get("source_title"),
        publisher=known.get("source_publisher"),
    )
    print(f"{args.file}: {len(events)} candidate events", file=sys.stderr)
    _write(events, args.format, args.output)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from mapapp.web.serve import serve_command

    argv, env = serve_command(args.file, args.port, address=args.address)
    print(f"mapapp: starting the page on port {args.port} (Ctrl+C stops it)", file=sys.stderr)
    try:
        return subprocess.call(argv, env=env)
    except KeyboardInterrupt:  # Streamlit got the same Ctrl+C and stops by itself
        return EXIT_OK


def _write(
    events: gpd.GeoDataFrame,
    fmt: str,
    output: str,
    *,
    tiles: str | None = None,
    attr: str | None = None,
    trips: bool = False,
) -> None:
    from mapapp.export import to_csv_bytes, to_geojson_bytes
    from mapapp.outputs import write_atomic

    if fmt == "geojson":
        data = to_geojson_bytes(events)
    elif fmt == "csv":
        data = to_csv_bytes(events)
    else:
        from mapapp.render.html import to_html

        if trips:
            _print_trips_note(events)
        data = to_html(events, tiles=tiles, attribution=attr, trips=trips).encode("utf-8")
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomic(output, data)


def _print_trips_note(events: gpd.GeoDataFrame) -> None:
    """Say on stderr how many trips the HTML export draws (or why none)."""
    from mapapp.itineraries import find_trips
    from mapapp.render.arcs import trips_note

    print(f"mapapp: {trips_note(len(find_trips(events)))}", file=sys.stderr)


def run() -> None:
    """Console-script entry point."""
    # SIGTERM unwinds like Ctrl+C, so a half-written output's temporary file is removed.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
