package org.corsgen.processor.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.lang.model.SourceVersion;

import com.palantir.javapoet.ClassName;

/**
 * The package and names of the generated classes: {@code <pkg>.<Name>CorsFilter} and
 * {@code <pkg>.<Name>CorsFeature}, where {@code <pkg>} is the longest common package of the root resource
 * classes with a policy ({@code corsgen} for the default package) and {@code <Name>} its last segment
 * capitalised; {@code -Acorsgen.package} and {@code -Acorsgen.name} override them.
 */
public final class GeneratedNames {

    public static final String PACKAGE_OPTION = "corsgen.package";
    public static final String NAME_OPTION = "corsgen.name";
    static final String DEFAULT_PACKAGE = "corsgen";

    private final String packageName;
    private final String baseName;

    private GeneratedNames(String packageName, String baseName) {
        this.packageName = packageName;
        this.baseName = baseName;
    }

    /**
     * @return the problems with the options (empty when they are valid or absent), each a full message
     */
    public static List<String> validate(Map<String, String> options) {
        List<String> problems = new ArrayList<>();
        String pkg = options.get(PACKAGE_OPTION);
        if (pkg != null && !SourceVersion.isName(pkg)) {
            problems.add("option -A" + PACKAGE_OPTION + "=" + pkg + " is not a Java package name;"
                    + " write a qualified name such as -A" + PACKAGE_OPTION + "=com.example.api");
        }
        String name = options.get(NAME_OPTION);
        if (name != null && (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name))) {
            problems.add("option -A" + NAME_OPTION + "=" + name + " is not a Java identifier;"
                    + " write a name such as -A" + NAME_OPTION + "=Shop (it gives ShopCorsFilter and ShopCorsFeature)");
        }
        return problems;
    }

    /**
     * @param options the processor options, already {@linkplain #validate validated}
     * @param packages the packages of the root resource classes that have a policy
     */
    public static GeneratedNames choose(Map<String, String> options, List<String> packages) {
        String pkg = options.get(PACKAGE_OPTION);
        if (pkg == null) {
            pkg = commonPackage(packages);
        }
        String name = options.get(NAME_OPTION);
        if (name == null) {
            String last = pkg.substring(pkg.lastIndexOf('.') + 1);
            name = last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
        }
        return new GeneratedNames(pkg, name);
    }

    static String commonPackage(List<String> packages) {
        List<String> common = null;
        for (String p : packages) {
            List<String> segments = p.isEmpty() ? List.of() : Arrays.asList(p.split("\\."));
            if (common == null) {
                common = new ArrayList<>(segments);
            } else {
                int i = 0;
                while (i < common.size() && i < segments.size() && common.get(i).equals(segments.get(i))) {
                    i++;
                }
                common = new ArrayList<>(common.subList(0, i));
            }
        }
        return common == null || common.isEmpty() ? DEFAULT_PACKAGE : String.join(".", common);
    }

    public String packageName() {
        return packageName;
    }

    /** @return {@code Shop} for {@code ShopCorsFilter} */
    public String baseName() {
        return baseName;
    }

    public ClassName filter() {
        return ClassName.get(packageName, baseName + "CorsFilter");
    }

    public ClassName feature() {
        return ClassName.get(packageName, baseName + "CorsFeature");
    }
}
