#!/usr/bin/env python3
"""Where the CORSGEN server's extra CPU goes, from a JFR recording of CpuRun (see README.md beside this file):
   jfr print --events jdk.ExecutionSample --stack-depth 64 cors.jfr > samples.txt
   python3 jfr-frames.py samples.txt
Counts the execution samples with a frame of corsgen, the innermost corsgen frame of each, and the frames
below CorsEngine.matchedMethod (what reading ResourceInfo runs)."""
import collections
import re
import sys

events = open(sys.argv[1]).read().split('jdk.ExecutionSample')
total = corsgen = 0
innermost = collections.Counter()
below = collections.Counter()
matched = 0
for e in events:
    stack = re.findall(r'^\s+([\w.$<>]+)\(', e, re.M)
    if not stack:
        continue
    total += 1
    if any('org.corsgen.runtime' in f for f in stack):
        corsgen += 1
        innermost[next(f for f in stack if 'org.corsgen.runtime' in f)] += 1
    if 'org.corsgen.runtime.CorsEngine.matchedMethod' in stack:
        matched += 1
        for f in set(stack[:stack.index('org.corsgen.runtime.CorsEngine.matchedMethod')]):
            below[f] += 1
print(f'{total} samples, {corsgen} with a frame of org.corsgen.runtime')
print('innermost org.corsgen.runtime frame:')
for f, n in innermost.most_common(12):
    print(f'  {n:5d} {f}')
print(f'frames below CorsEngine.matchedMethod ({matched} samples):')
for f, n in below.most_common(20):
    print(f'  {n:5d} {f}')
