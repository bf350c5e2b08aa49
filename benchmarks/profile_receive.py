"""Profile the receive hot path: ``python -m benchmarks.profile_receive [--mode ask|stream] [--n N] [--src PATH]``.

Same flow as ``receive.ours`` (fake app-server, one warm-up turn, then one N-delta turn), with pyinstrument
(``pip install pyinstrument``; not a project dependency) around the timed turn, or cProfile when pyinstrument is
missing. Not part of ``python -m benchmarks``: profilers distort timings, so their output is for finding where time
goes, never for the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time


async def profile(n: int, mode: str) -> None:
    from benchmarks._children import fake_codex_bin, fake_env
    from benchmarks._harness import WORK
    from codex_runtime import Client, ClientConfig, SessionConfig

    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    client = await Client.connect(ClientConfig(cli_bin=fake_codex_bin(), process_env=fake_env(n)))
    try:
        session = await client.start_session(SessionConfig(cwd=str(WORK)))
        await session.ask("warmup")
        async for _ in await session.ask_stream("warmup"):
            pass
        if Profiler is not None:
            profiler = Profiler(interval=0.0005, async_mode="disabled")
            profiler.start()
        else:
            import cProfile

            cprofile = cProfile.Profile()
            cprofile.enable()
        started = time.perf_counter()
        if mode == "stream":
            async for _ in await session.ask_stream("bench"):
                pass
        else:
            await session.ask("bench")
        elapsed = time.perf_counter() - started
        if Profiler is not None:
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False))
        else:
            import pstats

            cprofile.disable()
            pstats.Stats(cprofile).sort_stats("tottime").print_stats(30)
        print(f"{mode}: {n:,} deltas in {elapsed:.3f}s under the profiler (timings inflated)")
    finally:
        await client.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_receive")
    parser.add_argument("--mode", choices=("ask", "stream"), default="stream")
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--src", help="import codex_runtime from this source tree")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    asyncio.run(profile(args.n, args.mode))


if __name__ == "__main__":
    main()
