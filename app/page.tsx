import { Suspense } from "react";
import { ProjectsHome } from "@/components/projects/projects-home";
import { ProjectTableSkeleton } from "@/components/projects/project-table";

// GET / — the project list; the search (?q=) is read on the client, hence the Suspense boundary.
export default function HomePage() {
  return (
    <Suspense fallback={<ProjectTableSkeleton />}>
      <ProjectsHome />
    </Suspense>
  );
}
