package org.corsgen.runtime.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of one matching step (root templates, or the sub-resource methods and locators of a
 * resource), in precedence order, indexed so a lookup only tries the candidates that can match.
 *
 * <p>Candidates are numbered by precedence (0 = tried first; the caller sorts them by the §3.7.2 key).
 * Each candidate is filed in a trie under the literal segments its template starts with
 * ({@code items/{id}} under {@code items}; {@code {id}/parts} at the top). A template filed under
 * {@code a/b} can only match a path whose first segments are {@code a} and {@code b}, so for a request only
 * the trie levels along the path's own segments hold candidates; those levels are merged by precedence
 * number, so the first candidate that matches is still the one with the highest precedence among all.
 *
 * <p>Walking the trie hashes path ranges in place; merging reads the first candidate of each level, and
 * binary-searches a level only after its first candidate failed; no allocation. The trie is stored as
 * parallel arrays indexed by level number (0 = the top), so a lookup touches few objects however many
 * candidates there are.
 *
 * @param <E> the candidate type
 */
final class CandidateIndex<E> {

    private static final int[] NONE = new int[0];

    private final Object[] candidates;
    /** Whether every candidate is at the top level (no literal-led templates): then no array is read. */
    private final boolean flat;
    /** Per level: its parent level (-1 for the top). */
    private final int[] parent;
    /** Per level: the candidates filed there, ascending. */
    private final int[][] ids;
    /** Per level: its first candidate, or -1. */
    private final int[] first;
    /** Per level: the next literal segments (values are level numbers), or {@code null}. */
    private final SegmentMap[] children;

    /**
     * @param ranked the candidates, most specific first
     * @param leadingSegments for each candidate, the encoded literal segments its template starts with
     */
    CandidateIndex(List<E> ranked, List<String[]> leadingSegments) {
        this.candidates = ranked.toArray();
        List<Draft> levels = new ArrayList<>();
        levels.add(new Draft(-1));
        for (int id = 0; id < ranked.size(); id++) {
            int level = 0;
            for (String segment : leadingSegments.get(id)) {
                Integer child = levels.get(level).children.get(segment);
                if (child == null) {
                    child = levels.size();
                    levels.add(new Draft(level));
                    levels.get(level).children.put(segment, child);
                }
                level = child;
            }
            levels.get(level).ids.add(id); // ids ascend: candidates are added in precedence order
        }
        int n = levels.size();
        flat = n == 1;
        parent = new int[n];
        ids = new int[n][];
        first = new int[n];
        children = new SegmentMap[n];
        for (int level = 0; level < n; level++) {
            Draft d = levels.get(level);
            parent[level] = d.parent;
            ids[level] = d.ids.isEmpty() ? NONE : d.ids.stream().mapToInt(Integer::intValue).toArray();
            first[level] = d.ids.isEmpty() ? -1 : d.ids.get(0);
            children[level] = d.children.isEmpty() ? null : new SegmentMap(d.children);
        }
    }

    /** Mutable trie level used while building. */
    private static final class Draft {
        final int parent;
        final List<Integer> ids = new ArrayList<>();
        final Map<String, Integer> children = new LinkedHashMap<>();

        Draft(int parent) {
            this.parent = parent;
        }
    }

    boolean isEmpty() {
        return candidates.length == 0;
    }

    int size() {
        return candidates.length;
    }

    @SuppressWarnings("unchecked")
    E get(int id) {
        return (E) candidates[id];
    }

    /**
     * Walks the trie along the path segments starting at {@code q} ({@code q > s.length()}: no segment).
     *
     * @return the deepest level reached; it and its ancestors hold every candidate that can match
     */
    int deepest(String s, int q) {
        if (flat) {
            return 0;
        }
        int level = 0;
        int len = s.length();
        int pos = q;
        SegmentMap map;
        while ((map = children[level]) != null && pos <= len) {
            int stop = Math.min(len, pos + map.maxKeyLength() + 1);
            int end = pos;
            while (end < stop && s.charAt(end) != '/') {
                end++;
            }
            if (end < len && s.charAt(end) != '/') {
                break; // the segment is longer than every key
            }
            int child = map.get(s, pos, end);
            if (child < 0) {
                break;
            }
            level = child;
            pos = end + 1;
        }
        return level;
    }

    /**
     * @return the candidate with the smallest number greater than {@code after} filed at {@code deepest} or
     *     one of its ancestors, or -1
     */
    int next(int deepest, int after) {
        if (flat) {
            return after + 1 < candidates.length ? after + 1 : -1;
        }
        int best = Integer.MAX_VALUE;
        for (int level = deepest; level >= 0; level = parent[level]) {
            int firstId = first[level];
            if (firstId > after) {
                best = Math.min(best, firstId); // the common case, without reading the level's array
                continue;
            }
            if (firstId < 0) {
                continue;
            }
            int[] levelIds = ids[level];
            int lo = 1;
            int hi = levelIds.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (levelIds[mid] <= after) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo < levelIds.length && levelIds[lo] < best) {
                best = levelIds[lo];
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }
}
