import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/access/access.decorators';
import { CommunePage, CommuneQuery, EpciPage, EpciQuery } from './dto/territory.dto';
import { TerritoryService } from './territory.service';

@ApiTags('territory')
@Controller('territory')
export class TerritoryController {
  constructor(private readonly territory: TerritoryService) {}

  @Get('communes')
  @Public()
  @ApiOkResponse({ type: CommunePage, description: 'Communes, filtered by department and name or postal code' })
  communes(@Query() query: CommuneQuery): Promise<CommunePage> {
    return this.territory.findCommunes(query);
  }

  @Get('epcis')
  @Public()
  @ApiOkResponse({ type: EpciPage, description: 'EPCI with at least one commune in the department' })
  epcis(@Query() query: EpciQuery): Promise<EpciPage> {
    return this.territory.findEpcis(query);
  }
}
