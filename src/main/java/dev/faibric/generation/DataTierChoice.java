package dev.faibric.generation;

import dev.faibric.classification.DataTierNeed;
import dev.faibric.classification.ServerCodeNeed;
import dev.faibric.deploy.DeploymentSettings;
import dev.faibric.project.AppType;
import dev.faibric.realtime.EventType;
import dev.faibric.realtime.ProjectEvents;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Whether a build gives its app the data tier (which prompt the model gets, and whether
 * the data model is applied): the deployment strategy must have it ({@code auto}), and
 * the request must ask for shared or lasting data ({@link DataTierNeed}) or the app keep
 * data already. A model may still declare it on its own ({@code requires_backend="true"}
 * with a {@code <database>}); validation takes the answer as it is.
 */
@Component
class DataTierChoice {

    private final DeploymentSettings deployment;

    private final ProjectEvents events;

    DataTierChoice(DeploymentSettings deployment, ProjectEvents events) {
        this.deployment = deployment;
        this.events = events;
    }

    /**
     * Whether the app this request asks for (or changes) gets the data tier;
     * {@code keepsData} when it keeps data already. When it newly does, the chat hears
     * why.
     */
    boolean choose(long projectId, String request, boolean keepsData, AppType appType) {
        if (!deployment.strategy().dataTier()) {
            return false;
        }
        if (keepsData) {
            return true;
        }
        DataTierNeed.Decision need = DataTierNeed.of(request);
        if (need.needed()) {
            events
                .publish(projectId, EventType.THINKING,
                        "This " + appType.wire() + " keeps shared data (" + need.because() + "), so it gets Faibric's "
                                + "data tier: its own data API and sign-in, on its own address.",
                        Map.of("dataTier", true));
        }
        return need.needed();
    }

    /**
     * Whether the model is taught server code for this request: when the strategy runs
     * server code at all, and the app has some already or the request needs it.
     */
    boolean serverCode(String request, boolean hasServerCode) {
        return deployment.strategy().serverTier() != null && (hasServerCode || ServerCodeNeed.needed(request));
    }

}
