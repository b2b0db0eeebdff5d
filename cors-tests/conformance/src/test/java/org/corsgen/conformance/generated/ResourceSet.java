package org.corsgen.conformance.generated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated application as a model: modules of resource classes (each module one separate compilation,
 * with or without the corsgen processor), every path under one top-level prefix of its own, and from them
 * the {@link Endpoint}s: every resource method a request can reach, with its full path template and its
 * effective policy. The model is what the tests believe; {@link JavaSource} writes the same model as Java.
 */
final class ResourceSet {

    /** The response header every generated resource method writes, naming itself ({@link Endpoint#id()}). */
    static final String RAN = "X-Ran";

    private final String label;
    private final String prefix;
    private final List<Module> modules = new ArrayList<>();

    /**
     * @param label names the set in messages ({@code "seed 42"}, {@code "issue 11, case 1"})
     * @param prefix the first path segment of every root resource, one no other resource of the suite claims
     */
    ResourceSet(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    String label() {
        return label;
    }

    String prefix() {
        return prefix;
    }

    /**
     * @param name {@code A}, {@code B}, ...: the last package segment, so the generated filter of a corsgen
     *     module is {@code <Name>CorsFilter}
     * @param corsgen whether the module is compiled with the corsgen processor
     */
    Module module(String name, boolean corsgen) {
        Module m = new Module(this, name, corsgen);
        modules.add(m);
        return m;
    }

    List<Module> modules() {
        return Collections.unmodifiableList(modules);
    }

    /** @return every reachable resource method, by id, in declaration order */
    Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> out = new LinkedHashMap<>();
        walk(out, new ArrayList<>());
        return out;
    }

    /**
     * @return every policy the set declares: those of its methods, and those of the classes and locators
     *     they are below (which a container's unmatched answer may come from)
     */
    List<Policy> policies() {
        List<Policy> out = new ArrayList<>();
        walk(new LinkedHashMap<>(), out);
        return out;
    }

    private void walk(Map<String, Endpoint> endpoints, List<Policy> policies) {
        for (Module m : modules) {
            for (ResourceClass c : m.classes) {
                if (c.path != null) {
                    collect(m, c, c.path, chainOf(null, c.policy), endpoints, policies);
                }
            }
        }
    }

    private static void collect(Module m, ResourceClass runtimeClass, String base, CrossOriginSpec chain,
            Map<String, Endpoint> out, List<Policy> policies) {
        if (chain != null && !policies.contains(chain.resolve())) {
            policies.add(chain.resolve());
        }
        for (Member member : runtimeClass.membersWithInherited()) {
            String template = join(base, member.path);
            CrossOriginSpec own = chainOf(chain, member.policy);
            if (member.isLocator()) {
                if (member.returned.policy != null) {
                    throw new IllegalStateException("the model gives sub-resource classes no class-level policy: "
                            + member.returned.name);
                }
                collect(m, member.returned, template, own, out, policies);
                continue;
            }
            if (own != null && !policies.contains(own.resolve())) {
                policies.add(own.resolve());
            }
            Endpoint e = new Endpoint(member.id(), m.name, member.httpMethod, template, member.produces,
                    member.consumes, own == null ? null : own.resolve());
            Endpoint before = out.putIfAbsent(e.id(), e);
            if (before != null && !before.equals(e)) {
                throw new IllegalStateException("one method reached twice with different templates or policies: "
                        + before + " / " + e);
            }
        }
    }

    private static CrossOriginSpec chainOf(CrossOriginSpec outer, CrossOriginSpec inner) {
        return inner == null ? outer : inner.over(outer);
    }

    static String join(String base, String path) {
        if (path == null || path.isEmpty()) {
            return base;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        return base.isEmpty() ? p : base + "/" + p;
    }

    @Override
    public String toString() {
        return label;
    }

    /** One compilation unit set: a package, compiled together. */
    static final class Module {
        final ResourceSet set;
        final String name;
        final boolean corsgen;
        final List<ResourceClass> classes = new ArrayList<>();

        private Module(ResourceSet set, String name, boolean corsgen) {
            this.set = set;
            this.name = name;
            this.corsgen = corsgen;
        }

        /** @return e.g. {@code corsgen.generated.s1f.a} */
        String packageName() {
            return "corsgen.generated." + set.prefix + "." + name.toLowerCase(Locale.ROOT);
        }

        /**
         * @param path the root's {@code @Path} below the set's prefix ({@code "neg"} becomes {@code "<prefix>/neg"})
         * @param policy the class-level {@code @CrossOrigin}, or {@code null}
         */
        ResourceClass root(String className, String path, CrossOriginSpec policy) {
            return add(new ResourceClass(this, className, join(set.prefix, path), null, policy));
        }

        /** A class without {@code @Path}, reached through locators; {@code superclass} may be {@code null}. */
        ResourceClass subResource(String className, ResourceClass superclass) {
            return add(new ResourceClass(this, className, null, superclass, null));
        }

        private ResourceClass add(ResourceClass c) {
            if (!corsgen && c.policy != null) {
                throw new IllegalArgumentException("module " + name + " is compiled without corsgen");
            }
            classes.add(c);
            return c;
        }

        boolean hasPolicy() {
            return classes.stream()
                    .anyMatch(c -> c.policy != null || c.members.stream().anyMatch(m -> m.policy != null));
        }
    }

    /** A resource class: a root ({@code path} set) or a sub-resource class. */
    static final class ResourceClass {
        final Module module;
        final String name;
        final String path;
        final ResourceClass superclass;
        final CrossOriginSpec policy;
        final List<Member> members = new ArrayList<>();

        private ResourceClass(Module module, String name, String path, ResourceClass superclass,
                CrossOriginSpec policy) {
            this.module = module;
            this.name = name;
            this.path = path;
            this.superclass = superclass;
            this.policy = policy;
        }

        /**
         * A resource method.
         *
         * @param path its {@code @Path}, or {@code null}
         * @param policy its {@code @CrossOrigin}, or {@code null}
         */
        Member method(String name, String httpMethod, String path, CrossOriginSpec policy) {
            return add(new Member(this, name, httpMethod, path, policy, null, null));
        }

        /** A sub-resource locator declared to return {@code declared} that returns a new {@code returned}. */
        Member locator(String name, String path, CrossOriginSpec policy, ResourceClass declared,
                ResourceClass returned) {
            return add(new Member(this, name, null, path, policy, declared, returned));
        }

        private Member add(Member m) {
            if (!module.corsgen && m.policy != null) {
                throw new IllegalArgumentException("module " + module.name + " is compiled without corsgen");
            }
            members.add(m);
            return m;
        }

        List<Member> membersWithInherited() {
            List<Member> all = new ArrayList<>(members);
            for (ResourceClass s = superclass; s != null; s = s.superclass) {
                all.addAll(s.members);
            }
            return all;
        }

        String qualifiedName() {
            return module.packageName() + "." + name;
        }
    }

    /** A resource method ({@code httpMethod} set) or a sub-resource locator. */
    static final class Member {
        final ResourceClass owner;
        final String name;
        final String httpMethod;
        final String path;
        final CrossOriginSpec policy;
        final ResourceClass declared;
        final ResourceClass returned;
        String produces;
        String consumes;

        private Member(ResourceClass owner, String name, String httpMethod, String path, CrossOriginSpec policy,
                ResourceClass declared, ResourceClass returned) {
            this.owner = owner;
            this.name = name;
            this.httpMethod = httpMethod;
            this.path = path;
            this.policy = policy;
            this.declared = declared;
            this.returned = returned;
        }

        Member produces(String type) {
            this.produces = type;
            return this;
        }

        Member consumes(String type) {
            this.consumes = type;
            return this;
        }

        boolean isLocator() {
            return httpMethod == null;
        }

        boolean hasBody() {
            return "POST".equals(httpMethod) || "PUT".equals(httpMethod) || "PATCH".equals(httpMethod);
        }

        /** @return what the method writes in {@link ResourceSet#RAN}, e.g. {@code A.Neg.getJson} */
        String id() {
            return owner.module.name + "." + owner.name + "." + name;
        }
    }
}
