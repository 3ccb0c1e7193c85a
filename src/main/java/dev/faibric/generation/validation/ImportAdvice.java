package dev.faibric.generation.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to use instead of a library apps cannot import, for the libraries models reach for
 * most: the vendored toolkit's equivalent, or what the browser or the platform already
 * offers. One short clause, for the validation message a repair reads.
 */
final class ImportAdvice {

    private static final String ICONS = "use lucide-react icons (e.g. import { Menu } from 'lucide-react')";

    private static final String CHARTS = "use recharts";

    private static final String DATES = "use date-fns (or Intl.DateTimeFormat)";

    private static final String STYLES = "use Tailwind classes or inline styles";

    private static final String ROUTES = "keep pages in state or in location.hash (a useState page name, or a "
            + "hashchange listener); there is no router";

    private static final String COMPONENTS = "write the component in the app's own files";

    /**
     * By package name (the part of a specifier before any subpath), or {@code @scope/*}
     * for every package of a scope.
     */
    private static final Map<String, String> BY_PACKAGE = new LinkedHashMap<>();

    static {
        advise("use fetch", "axios", "ky", "node-fetch");
        advise("use CSS transitions (Tailwind transition classes or inline styles)", "framer-motion", "motion",
                "react-spring");
        advise(ICONS, "@heroicons/react", "react-icons", "@mui/icons-material", "@fortawesome/react-fontawesome",
                "@radix-ui/react-icons", "@tabler/icons-react", "@phosphor-icons/react");
        advise(CHARTS, "chart.js", "react-chartjs-2", "victory", "@nivo/*", "apexcharts", "react-apexcharts", "d3",
                "@visx/*", "echarts", "echarts-for-react");
        advise(DATES, "moment", "dayjs", "luxon", "date-fns-tz");
        advise("use clsx", "classnames");
        advise(STYLES, "styled-components", "@emotion/react", "@emotion/styled", "@stitches/react", "tailwind-merge",
                "tailwindcss");
        advise(ROUTES, "react-router", "react-router-dom", "wouter", "@tanstack/react-router");
        advise(COMPONENTS + " with Tailwind classes", "@mui/material", "@chakra-ui/react", "antd", "@headlessui/react",
                "react-bootstrap", "@mantine/core");
        advise("use crypto.randomUUID()", "uuid", "nanoid");
        advise("use plain JavaScript (Array and Object methods)", "lodash", "lodash-es");
        advise("use React state (useState, useReducer, context)", "zustand", "redux", "@reduxjs/toolkit");
        advise(COMPONENTS, "react-hot-toast", "sonner");
    }

    private static void advise(String advice, String... packages) {
        for (String name : packages) {
            BY_PACKAGE.put(name, advice);
        }
    }

    private ImportAdvice() {
    }

    /** What to use instead of {@code specifier}, if Faibric knows. */
    static Optional<String> of(String specifier) {
        if (specifier.startsWith("@/")) {
            return Optional.of("'@/…' is a bundler alias: " + COMPONENTS + " and import it by relative path");
        }
        String name = packageName(specifier);
        if (!name.equals(specifier)) {
            Optional<String> subpath = subpath(name);
            if (subpath.isPresent()) {
                return subpath;
            }
        }
        String advice = BY_PACKAGE.get(name);
        if (advice == null && name.startsWith("@")) {
            advice = BY_PACKAGE.get(name.substring(0, name.indexOf('/')) + "/*");
        }
        return Optional.ofNullable(advice);
    }

    /** Subpaths of the toolkit, which apps import from the package itself. */
    private static Optional<String> subpath(String name) {
        return switch (name) {
            case "date-fns" -> Optional.of("import functions from 'date-fns' itself; locales are not available "
                    + "(use Intl.DateTimeFormat for other languages)");
            case "lucide-react", "recharts", "clsx" -> Optional.of("import from '" + name + "' itself");
            default -> Optional.empty();
        };
    }

    /** {@code @scope/name} or {@code name}, without a subpath. */
    static String packageName(String specifier) {
        String[] parts = specifier.split("/");
        if (specifier.startsWith("@") && parts.length > 1) {
            return parts[0] + "/" + parts[1];
        }
        return parts[0];
    }

}
