using Defis.ServiceInfrastructure.Persistence;
using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

internal sealed class ExpenseLedgerConfiguration : IEntityTypeConfiguration<ExpenseLedger>
{
    public void Configure(EntityTypeBuilder<ExpenseLedger> builder)
    {
        builder.ToTable("expense_ledgers");
        builder.HasKey(l => l.GrantId);
        builder.Property(l => l.GrantId).ValueGeneratedNever();
        builder.Property(l => l.ProgrammeId);
        builder.Ignore(l => l.Budgets);
        builder.Property<Dictionary<ExpenseCategory, Money>>("_budgets").HasColumnName("budgets").HasJsonConversion();
        builder.HasMany(l => l.Lines).WithOne().HasForeignKey("GrantId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ExpenseLineConfiguration : IEntityTypeConfiguration<ExpenseLine>
{
    public void Configure(EntityTypeBuilder<ExpenseLine> builder)
    {
        builder.ToTable("expense_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.DeclaredBy).HasMaxLength(200);
        builder.Property(l => l.Rejections).HasJsonConversion();
        builder.ComplexProperty(l => l.Declaration, declaration =>
        {
            declaration.Property(d => d.Category).HasConversion<string>().HasMaxLength(40);
            declaration.Property(d => d.Provider).HasMaxLength(ExpenseDeclaration.ProviderMaxLength);
            declaration.Property(d => d.ProviderCountry).HasMaxLength(2);
            declaration.Property(d => d.InvoiceReference).HasMaxLength(ExpenseDeclaration.InvoiceReferenceMaxLength);
        });
        builder.HasIndex("GrantId", nameof(ExpenseLine.DeclaredAt));
    }
}
