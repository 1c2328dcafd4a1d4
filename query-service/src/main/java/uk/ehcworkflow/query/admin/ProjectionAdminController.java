package uk.ehcworkflow.query.admin;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' view of the read models: their progress, rebuilds and reconciliation. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;
    private final Reconciler reconciler;

    ProjectionAdminController(ProjectionRebuilds rebuilds, Reconciler reconciler) {
        this.rebuilds = rebuilds;
        this.reconciler = reconciler;
    }

    @GetMapping
    List<ProjectionRebuilds.Status> projections() {
        return rebuilds.statuses();
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionRebuilds.Rebuild> rebuild(@PathVariable String name) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections")).body(rebuilds.start(name));
    }

    @GetMapping("/{name}/reconcile")
    Reconciler.Reconciliation reconcile(@PathVariable String name) throws InterruptedException {
        return reconciler.reconcile(rebuilds.projection(name), rebuilds.head());
    }
}
