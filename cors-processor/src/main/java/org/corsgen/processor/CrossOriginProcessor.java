package org.corsgen.processor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;

import org.corsgen.processor.generate.FeatureWriter;
import org.corsgen.processor.generate.FilterWriter;
import org.corsgen.processor.generate.GeneratedNames;
import org.corsgen.processor.generate.PolicyReport;
import org.corsgen.processor.generate.ServicesFile;
import org.corsgen.processor.model.JaxRs;
import org.corsgen.processor.model.PolicySpecReader;
import org.corsgen.processor.model.ResourceClass;
import org.corsgen.processor.model.ResourceReader;
import org.corsgen.processor.model.RouteGraph;
import org.corsgen.processor.model.RouteGraphBuilder;
import org.corsgen.processor.rules.PolicyChecks;
import org.corsgen.processor.rules.Reporter;

/**
 * Reads every {@code @CrossOrigin} policy of the compilation, checks it, and writes the CORS filter, its
 * Feature, the services entry and the policy report: read → check → write, once, in the first round that has
 * {@code @CrossOrigin} elements. Nothing is written when any error was reported. Never claims annotations:
 * other processors still see {@code @Path}.
 *
 * <p>Why not in the last round, which would spare javac a round: a new source makes javac run one more
 * round, and every round after the first enters every compilation unit again (at 1,000 resources about as
 * much as corsgen's own work; {@code ProcessorCost} in cors-benchmarks measures it). Writing the sources
 * when {@code processingOver()} would avoid that, but javac (17 and 25, tried) then warns "File for type
 * ... created in the last round will not be subject to annotation processing" for each of them, in a default
 * build: it is not an {@code -Xlint} category, so {@code -Xlint:-processing} does not silence it (only
 * {@code -nowarn}, which silences every warning, does), and {@code -Werror} builds would fail.
 */
@AutoService(Processor.class)
public final class CrossOriginProcessor extends AbstractProcessor {

    private final Set<String> rootsOfEarlierRounds = new LinkedHashSet<>();
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(JaxRs.CROSS_ORIGIN, JaxRs.PATH);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(GeneratedNames.PACKAGE_OPTION, GeneratedNames.NAME_OPTION, PolicyReport.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, internalError(e));
        }
        return false;
    }

    private void processRound(RoundEnvironment round) {
        if (round.processingOver()) {
            return;
        }
        List<TypeElement> roots = rootResources(round);
        TypeElement crossOrigin = processingEnv.getElementUtils().getTypeElement(JaxRs.CROSS_ORIGIN);
        Set<? extends Element> annotated = crossOrigin == null ? Set.of() : round.getElementsAnnotatedWith(crossOrigin);
        if (done) {
            for (Element e : annotated) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "@CrossOrigin on "
                        + e + " was generated in a later annotation processing round than the CORS filter and is"
                        + " not part of it; write it in source", e);
            }
            return;
        }
        if (annotated.isEmpty()) {
            roots.forEach(r -> rootsOfEarlierRounds.add(r.getQualifiedName().toString()));
            return; // no @CrossOrigin yet: nothing to generate (a later round may still bring some)
        }
        done = true;
        for (String name : rootsOfEarlierRounds) {
            TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
            if (t != null && !roots.contains(t)) {
                roots.add(t);
            }
        }
        roots.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        run(roots, classes(round), annotated);
    }

    private void run(List<TypeElement> roots, List<TypeElement> classes, Set<? extends Element> annotated) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        GeneratedNames.validate(processingEnv.getOptions()).forEach(reporter::error);
        PolicyReport.validate(processingEnv.getOptions()).forEach(reporter::error);

        PolicySpecReader specs = new PolicySpecReader();
        ResourceReader reader = new ResourceReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                specs);
        RouteGraph graph = new RouteGraphBuilder(reader, processingEnv.getTypeUtils(), classes).build(roots);
        new PolicyChecks(reporter).check(graph, annotated, specs);
        if (reporter.hasErrors()) {
            return;
        }

        List<String> packages = new ArrayList<>();
        for (RouteGraph.Root root : graph.roots()) {
            if (graph.hasPolicy(root)) {
                packages.add(processingEnv.getElementUtils().getPackageOf(root.node().resource().element())
                        .getQualifiedName().toString());
            }
        }
        if (packages.isEmpty()) {
            return; // no resource has a policy: nothing to filter
        }
        GeneratedNames names = GeneratedNames.choose(processingEnv.getOptions(), packages);
        Set<String> sources = new TreeSet<>();
        graph.resourceClasses().forEach(rc -> sources.add(rc.qualifiedName()));
        List<Element> originating = originatingElements(roots, graph, annotated);
        write(names, graph, List.copyOf(sources), originating);
    }

    private void write(GeneratedNames names, RouteGraph graph, List<String> sources, List<Element> originating) {
        JavaFile filter = FilterWriter.write(names, graph, sources, originating);
        JavaFile feature = FeatureWriter.write(names, sources, originating);
        PolicyReport report = PolicyReport.of(names, graph);
        try {
            filter.writeTo(processingEnv.getFiler());
            feature.writeTo(processingEnv.getFiler());
            ServicesFile.write(processingEnv.getFiler(), names, originating);
            report.write(processingEnv.getFiler(), originating);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "corsgen could not write "
                    + names.filter() + ", " + names.feature() + ", " + ServicesFile.PATH + " or "
                    + report.jsonPath() + ": " + e
                    + "; if another module or processor generates the same names, set -A"
                    + GeneratedNames.PACKAGE_OPTION + " or -A" + GeneratedNames.NAME_OPTION);
            return;
        }
        if (PolicyReport.summaryRequested(processingEnv.getOptions())) {
            report.summary().forEach(line -> processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, line));
        }
    }

    /** Every type among this round's root elements and their members (nested at any depth). */
    private static List<TypeElement> classes(RoundEnvironment round) {
        List<TypeElement> all = new ArrayList<>();
        List<TypeElement> todo = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
        while (!todo.isEmpty()) {
            TypeElement t = todo.remove(todo.size() - 1);
            all.add(t);
            todo.addAll(ElementFilter.typesIn(t.getEnclosedElements()));
        }
        return all;
    }

    /** The root resource classes ({@code @Path}, not abstract) among this round's root elements and their members. */
    private static List<TypeElement> rootResources(RoundEnvironment round) {
        List<TypeElement> roots = new ArrayList<>();
        List<TypeElement> todo = new ArrayList<>(ElementFilter.typesIn(round.getRootElements()));
        while (!todo.isEmpty()) {
            TypeElement t = todo.remove(0);
            if (JaxRs.path(t) != null && t.getKind() == ElementKind.CLASS
                    && !t.getModifiers().contains(Modifier.ABSTRACT)) {
                roots.add(t);
            }
            for (TypeElement member : ElementFilter.typesIn(t.getEnclosedElements())) {
                if (member.getModifiers().contains(Modifier.STATIC)) {
                    todo.add(member);
                }
            }
        }
        return roots;
    }

    private List<Element> originatingElements(List<TypeElement> roots, RouteGraph graph,
            Set<? extends Element> annotated) {
        Set<Element> result = new LinkedHashSet<>(roots);
        for (ResourceClass rc : graph.resourceClasses()) {
            result.add(rc.element());
        }
        for (Element e : annotated) {
            Element type = e;
            while (type != null && !(type instanceof TypeElement) && !(type instanceof PackageElement)) {
                type = type.getEnclosingElement();
            }
            if (type != null) {
                result.add(type);
            }
        }
        return new ArrayList<>(result);
    }

    private static String internalError(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return "corsgen internal error: " + e + "; please report it with this trace:\n" + trace;
    }
}
