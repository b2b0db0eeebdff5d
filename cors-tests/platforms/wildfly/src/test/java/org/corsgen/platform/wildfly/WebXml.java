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

/**
 * WARs of the form Jakarta REST 3.1 section 2.3.2 gives for an application with no {@code Application}
 * subclass: the built WAR with the shop's {@code ShopApplication} taken out of the shop's jar and a
 * {@code WEB-INF/web.xml} that maps the servlet named {@code jakarta.ws.rs.core.Application}.
 */
final class WebXml {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                     version="6.0">
            """;

    private static final String MAPPING = """
                <servlet-mapping>
                    <servlet-name>jakarta.ws.rs.core.Application</servlet-name>
                    <url-pattern>/api/*</url-pattern>
                </servlet-mapping>
            </web-app>
            """;

    /** The servlet mapping only, as the specification has it. */
    static final String MAPPING_ONLY = HEAD + MAPPING;

    /** The mapping and the one context-param RESTEasy needs to register corsgen without an Application. */
    static final String WITH_PROVIDERS = HEAD + """
                <context-param>
                    <param-name>resteasy.providers</param-name>
                    <param-value>org.corsgen.runtime.CorsFeatures</param-value>
                </context-param>
            """ + MAPPING;

    private static final String SHOP_APPLICATION = "/org/corsgen/platform/shop/ShopApplication.class";

    private WebXml() {
    }

    /** @return a copy of {@code built}, named {@code name}, with no Application class and this web.xml */
    static Path war(Path built, String name, String webXml) throws IOException {
        Path war = built.resolveSibling("web-xml").resolve(name);
        Files.createDirectories(war.getParent());
        Files.copy(built, war, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem outer = FileSystems.newFileSystem(war)) {
            List<Path> shop;
            try (Stream<Path> libs = Files.list(outer.getPath("/WEB-INF/lib"))) {
                shop = libs.filter(p -> p.getFileName().toString().startsWith("cors-platform-shop-")).toList();
            }
            if (shop.size() != 1) {
                throw new AssertionError("expected the shop's jar in WEB-INF/lib of " + built + ": " + shop);
            }
            Path copy = war.resolveSibling(name + "-" + shop.get(0).getFileName());
            Files.copy(shop.get(0), copy, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem inner = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
                Files.delete(inner.getPath(SHOP_APPLICATION));
            }
            Files.copy(copy, shop.get(0), StandardCopyOption.REPLACE_EXISTING);
            Files.delete(copy);
            Files.writeString(outer.getPath("/WEB-INF/web.xml"), webXml, StandardCharsets.UTF_8);
        }
        return war;
    }
}
