using Defis.Contracts.Submission.V1;

namespace Defis.Platform.IntegrationTests;

internal static class Requests
{
    public static CreateDossierRequest ValidDossier(string title = "Accueillir les parents allophones à l'école") => new()
    {
        ProgrammeCode = "CB21",
        Title = title,
        LeadStructureName = "Rectorat de l'académie de Lyon",
        LeadStructureType = LeadStructureType.StateOperator,
        ContactEmail = "equipe.projet@ac-lyon.fr",
    };
}
