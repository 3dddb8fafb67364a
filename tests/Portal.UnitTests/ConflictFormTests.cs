using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class ConflictFormTests
{
    [Fact]
    public void The_declaration_is_the_caller_s_own_with_its_texts_trimmed_and_empty_boxes_sent_empty()
    {
        var form = new ConflictForm
        {
            ProgrammeCode = " CB21 ", TargetKind = ConflictTargetKind.Organisation, Target = "  Préfecture du Rhône ", Type = ConflictType.Collaborator, Note = null,
        };

        var request = form.ToRequest();

        Assert.Equal(("CB21", ConflictTargetKind.Organisation, "Préfecture du Rhône", ConflictType.Collaborator, "", ""),
            (request.ProgrammeCode, request.TargetKind, request.Target, request.Type, request.Note, request.JurorUserId));
        Assert.Equal(("", ""), (new ConflictForm().ToRequest().ProgrammeCode, new ConflictForm().ToRequest().Target));
    }

    [Fact]
    public void The_platform_s_field_violations_land_on_their_inputs_in_the_form_s_order()
    {
        var problems = new FieldProblem[] { new("type", "Ce champ est obligatoire."), new("programmeCode", "Ce champ est obligatoire."), new("targetKind", "Valeur inconnue : 9.") };

        var errors = FormErrors.Map(problems, ConflictForm.Fields, "formulaire-conflit", FormErrors.FormLabel);

        Assert.Equal(["Form_ProgrammeCode", "Form_TargetKind", "Form_Type"], errors.Summary.Select(e => e.Input));
    }
}
