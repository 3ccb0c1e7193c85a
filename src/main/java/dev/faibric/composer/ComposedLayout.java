package dev.faibric.composer;

import dev.faibric.project.AppType;
import java.util.Set;

/**
 * The page a composed app is laid out on, the closest to what the request asks for: a
 * website (a hero, then sections), an app (a list with detail views and tools around it)
 * or a dashboard (figures and charts first).
 */
enum ComposedLayout {

    WEBSITE(AppType.WEBSITE), APP(AppType.WEBAPP), DASHBOARD(AppType.DASHBOARD);

    private final AppType appType;

    ComposedLayout(AppType appType) {
        this.appType = appType;
    }

    AppType appType() {
        return appType;
    }

    /** The layout for a request of this app type that lists these features. */
    static ComposedLayout of(AppType requested, Set<RequestedFeature> features) {
        if (requested == AppType.DASHBOARD) {
            return DASHBOARD;
        }
        if (requested == AppType.WEBSITE) {
            return WEBSITE;
        }
        return features.contains(RequestedFeature.CHARTS) && !features.contains(RequestedFeature.CART) ? DASHBOARD
                : APP;
    }

}
