package org.corsgen.platform.wildfly;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corsgen.platform.shop.ItemResource;

/**
 * The same checks with the resources as CDI beans, as most WildFly applications have them: the WAR the
 * build made, with {@code META-INF/beans.xml} (bean-discovery-mode {@code all}) added to the shop and billing
 * jars in WEB-INF/lib, as a project with that file in its resources would build them. WildFly then starts
 * Weld for the deployment, RESTEasy's CDI integration makes each resource a request-scoped bean, and the
 * resource instance that runs is a Weld client proxy: corsgen must still find each method's policy (it
 * looks it up by {@code ResourceInfo.getResourceClass()}, which names the class itself).
 */
class WildFlyCdiWarTest extends WildFlyWarTest {

    private static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
            """;

    @Override
    protected Path deployment(Path built) throws IOException {
        Path war = built.resolveSibling("cdi").resolve(built.getFileName());
        Files.createDirectories(war.getParent());
        Files.copy(built, war, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem outer = FileSystems.newFileSystem(war)) {
            List<Path> jars;
            try (Stream<Path> libs = Files.list(outer.getPath("/WEB-INF/lib"))) {
                jars = libs.filter(p -> p.getFileName().toString().matches("cors-platform-(shop|billing)-.*\\.jar"))
                        .toList();
            }
            if (jars.size() != 2) {
                throw new AssertionError("expected the shop and billing jars in WEB-INF/lib of " + built + ": " + jars);
            }
            for (Path jar : jars) {
                Path copy = war.resolveSibling(jar.getFileName().toString());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                try (FileSystem inner = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
                    Files.writeString(inner.getPath("/META-INF/beans.xml"), BEANS_XML, StandardCharsets.UTF_8);
                }
                Files.copy(copy, jar, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(copy);
            }
        }
        return war;
    }

    @Override
    protected String runDirectory() {
        return "wildfly-run-cdi";
    }

    @Override
    protected String expectedInstanceClass() {
        return ItemResource.class.getName() + "$Proxy$_$$_WeldClientProxy";
    }

    @Override
    protected String expectedScope() {
        return "jakarta.enterprise.context.RequestScoped";
    }
}
