package org.corsgen.benchmarks.jaxrs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A case-insensitive header map, as every container provides (Jersey's {@code StringKeyIgnoreCaseMultivaluedMap},
 * RESTEasy's {@code Headers}): a {@code TreeMap} ordered by {@link String#CASE_INSENSITIVE_ORDER}. Created once
 * per trial and cleared per invocation, so the cost a filter sees is the cost of its own header writes, not
 * of a lazily created map.
 *
 * @param <V> the value type ({@code String} for requests, {@code Object} for responses)
 */
public final class Headers<V> implements MultivaluedMap<String, V> {

    private final TreeMap<String, List<V>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    @Override
    public void putSingle(String key, V value) {
        List<V> list = new ArrayList<>(1);
        list.add(value);
        map.put(key, list);
    }

    @Override
    public void add(String key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    @Override
    public V getFirst(String key) {
        List<V> values = map.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    @SafeVarargs
    public final void addAll(String key, V... newValues) {
        for (V v : newValues) {
            add(key, v);
        }
    }

    @Override
    public void addAll(String key, List<V> valueList) {
        for (V v : valueList) {
            add(key, v);
        }
    }

    @Override
    public void addFirst(String key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(0, value);
    }

    @Override
    public boolean equalsIgnoreValueOrder(MultivaluedMap<String, V> other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public List<V> get(Object key) {
        return map.get(key);
    }

    @Override
    public List<V> put(String key, List<V> value) {
        return map.put(key, value);
    }

    @Override
    public List<V> remove(Object key) {
        return map.remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<V>> m) {
        map.putAll(m);
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Set<String> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<List<V>> values() {
        return map.values();
    }

    @Override
    public Set<Map.Entry<String, List<V>>> entrySet() {
        return map.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers<?> h && h.map.equals(map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return map.toString();
    }
}
