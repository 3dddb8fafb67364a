using Defis.Funding.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Defis.Funding.Persistence;

/// <summary>Money as a bigint of cents.</summary>
internal sealed class MoneyConverter() : ValueConverter<Money, long>(money => money.Cents, cents => new Money(cents));
